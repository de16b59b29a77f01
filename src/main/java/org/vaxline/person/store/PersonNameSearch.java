package org.vaxline.person.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonQuery;
import org.vaxline.person.domain.SearchCursor;
import org.vaxline.platform.store.Dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A name search, ranked: the exact name first, then names holding every word whole, then names containing every word.
 * Each rank is read on its own, in a fixed order and with a limit, so a page stops at its last row instead of ranking
 * and sorting every match (a common family name matches a third of a country): the exact name through the b-tree; the
 * words through the indexes each store is good at (SQLite's FTS5 word and trigram tables, PostgreSQL's GIN word and
 * pg_trgm indexes). A cursor's person continues the page from its own rank.
 *
 * <p>A word rank whose matches are rare among the index's candidates (a rare name made of common words, or words too
 * short for the trigram index) would walk candidates until the registry ends. Each rank's walk therefore reads at most
 * {@code walk} candidates for a page; a page that read them all without filling stops short, and its cursor
 * ({@link SearchCursor.WalkedTo}) goes on from where the walk stopped. So a page's cost does not grow with the
 * registry (issue 13); a client follows {@code next} as for any page, and may meet a short or empty page before the
 * last.
 */
final class PersonNameSearch {
    /** How many candidates a rank's walk reads at most for one page. */
    static final int WALK = 2_000;

    private PersonNameSearch() {
    }

    static NameSearchPage search(Handle h, Dialect dialect, PersonQuery.Name name, String province, SearchCursor cursor,
                                 int limit, int walk) {
        Ranks ranks = dialect == Dialect.SQLITE ? new SqliteNameRanks(h, name, province) : new PostgresNameRanks(h, name, province);
        Start start = null;
        if (cursor instanceof SearchCursor.AfterPerson after) {
            start = ranks.start(after.id()).orElse(null);
        } else if (cursor instanceof SearchCursor.WalkedTo walked) {
            start = new Start(walked.rank(), walked.key());
        }
        List<Person> found = new ArrayList<>();
        for (int rank = start == null ? PersonQuery.Name.EXACT : start.rank(); rank <= PersonQuery.Name.CONTAINED && found.size() < limit; rank++) {
            String after = start != null && rank == start.rank() ? start.key() : null;
            RankRows rows = ranks.read(rank, after, limit - found.size(), walk);
            found.addAll(rows.people());
            if (rows.stoppedAt() != null && found.size() < limit) {
                return new NameSearchPage(found, new SearchCursor.WalkedTo(rank, rows.stoppedAt()));
            }
        }
        return new NameSearchPage(found, null);
    }

    /**
     * A walk's key as the store reads it.
     *
     * @throws IllegalArgumentException when the text is not one of the store's keys (a cursor no search of it gave)
     */
    static <K> K key(String text, java.util.function.Function<String, K> parse) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) { // NumberFormatException too
            throw new IllegalArgumentException("not a cursor this search gave: " + text, e);
        }
    }

    /** Binds a rank's scope: the reader's province (null: none) and the key the walk goes on after (null: its start). */
    static Query scoped(Query query, String province, Object after) {
        if (province != null) {
            query.bind("province", province);
        }
        if (after != null) {
            query.bind("after", after);
        }
        return query;
    }

    /** Where a page continues: in this rank, after this key of the store's walk order. */
    record Start(int rank, String key) {
    }

    /**
     * One rank's rows, and the key its walk reached when it read all the candidates it may without the rows filling
     * the page (null: the rank's candidates ended, or the page is full).
     */
    record RankRows(List<Person> people, String stoppedAt) {
        static RankRows done(List<Person> people) {
            return new RankRows(people, null);
        }
    }

    /** A store's way of reading the ranks. */
    interface Ranks {
        /** The rank and walk key of a person a cursor names; empty when no such person is stored. */
        Optional<Start> start(UUID person);

        /**
         * Up to {@code wanted} people of a rank after a key (null: from its start), reading at most {@code walk}
         * candidates.
         *
         * @throws IllegalArgumentException when the key is not one of this store's walk
         */
        RankRows read(int rank, String afterKey, int wanted, int walk);
    }
}
