package org.vaxline.person.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.Query;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The name search's ranks on SQLite, each in its table's rowid order (registration order): the exact name through the
 * b-tree, whole words through person_words (a token per word, V64), contained words through person_names' trigrams,
 * or through persons itself when every word is too short for a trigram. A word rank's walk is a window of at most
 * {@code walk} of its index's matches after the key, read in one query that stops when the page is full; a short page
 * has read the whole window, and so knows where it ended.
 */
final class SqliteNameRanks implements PersonNameSearch.Ranks {
    private final Handle h;
    private final PersonQuery.Name name;
    private final String province;
    private final List<String> words;
    /** Each word a token of its own (a query's words are letters and digits only: see PersonQuery.parse). */
    private final String whole;
    /** The words long enough for a trigram, as an FTS5 query of person_names; empty when none is. */
    private final String contained;
    private final String wholeLike;
    private final String shortLike;

    SqliteNameRanks(Handle h, PersonQuery.Name name, String province) {
        this.h = h;
        this.name = name;
        this.province = province;
        this.words = name.words();
        this.whole = String.join(" ", words.stream().map(w -> "\"" + w + "\"").toList());
        List<String> indexed = words.stream().filter(w -> w.length() >= 3).map(w -> "normalized_name : \"" + w + "\"").toList();
        this.contained = String.join(" AND ", indexed);
        StringBuilder wholeLikes = new StringBuilder();
        StringBuilder shortLikes = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            wholeLikes.append(i == 0 ? "" : " AND ").append("(' ' || p.normalized_name || ' ') LIKE :whole").append(i);
            if (contained.isEmpty() || words.get(i).length() < 3) {
                shortLikes.append(" AND p.normalized_name LIKE :w").append(i);
            }
        }
        this.wholeLike = wholeLikes.toString();
        this.shortLike = shortLikes.toString();
    }

    @Override
    public Optional<PersonNameSearch.Start> start(UUID person) {
        return h.createQuery("SELECT rowid AS r, normalized_name FROM persons WHERE id = :id").bind("id", person)
                .map((rs, ctx) -> new PersonNameSearch.Start(name.rankOf(rs.getString("normalized_name")),
                        Long.toString(rs.getLong("r")))).findOne();
    }

    @Override
    public PersonNameSearch.RankRows read(int rank, String afterKey, int wanted, int walk) {
        Long after = afterKey == null ? null : PersonNameSearch.key(afterKey, Long::valueOf);
        if (rank == PersonQuery.Name.EXACT) {
            Query query = h.createQuery("SELECT p.* FROM persons p WHERE p.normalized_name = :exact" + inProvince()
                    + (after == null ? "" : " AND p.rowid > :after") + " ORDER BY p.rowid LIMIT :limit");
            return PersonNameSearch.RankRows.done(bound(query, rank, after).bind("limit", wanted).map(PersonStore.PERSON).list());
        }
        // Every candidate comes back, its person's columns empty where the rank leaves it out, so a short page learns
        // where its window ended in this one pass (a second query counted the window again: issue 13). The window is
        // joined row by row in rowid order; an IN (subquery) would first collect every match of the commonest trigrams.
        String kept = switch (rank) {
            case PersonQuery.Name.WHOLE_WORDS -> wholeLike;
            // the word index splits a stored name at any punctuation; the LIKE keeps "whole" to the name's own words
            default -> "1 = 1" + shortLike + " AND NOT (" + wholeLike + ")";
        };
        Query query = h.createQuery("WITH walk AS (" + window(rank, after) + ") SELECT walk.r AS walk_r, p.* FROM walk"
                + " LEFT JOIN persons p ON p.rowid = walk.r AND " + kept + " AND p.normalized_name <> :exact" + inProvince()
                + " ORDER BY walk.r");
        List<Person> people = new ArrayList<>();
        long seen = 0;
        long last = 0;
        try (ResultIterator<Candidate> candidates = bound(query, rank, after).bind("walk", walk).map(CANDIDATE).iterator()) {
            while (people.size() < wanted && candidates.hasNext()) {
                Candidate candidate = candidates.next();
                seen++;
                last = candidate.key();
                if (candidate.person() != null) {
                    people.add(candidate.person());
                }
            }
        }
        if (people.size() == wanted) {
            return PersonNameSearch.RankRows.done(people);
        }
        return new PersonNameSearch.RankRows(people, seen < walk ? null : Long.toString(last));
    }

    /** One candidate of a word rank's window: its rowid, and its person when the rank keeps it. */
    private record Candidate(long key, Person person) {
    }

    private static final RowMapper<Candidate> CANDIDATE = (rs, ctx) -> new Candidate(rs.getLong("walk_r"),
            rs.getString("id") == null ? null : PersonStore.PERSON.map(rs, ctx));

    /** A rank's candidates after the key, at most {@code :walk} of them in rowid order. */
    private String window(int rank, Long after) {
        String from = after == null ? "" : " AND rowid > :after";
        if (rank == PersonQuery.Name.WHOLE_WORDS) {
            return "SELECT rowid AS r FROM person_words WHERE person_words MATCH :whole" + from + " ORDER BY rowid LIMIT :walk";
        }
        if (!contained.isEmpty()) {
            return "SELECT rowid AS r FROM person_names WHERE person_names MATCH :contained" + from + " ORDER BY rowid LIMIT :walk";
        }
        return "SELECT rowid AS r FROM persons WHERE 1 = 1" + from + " ORDER BY rowid LIMIT :walk";
    }

    private String inProvince() {
        return province == null ? "" : " AND p.province_code = :province";
    }

    /** Binds what the rank's SQL names: the words for the word ranks, the province, the key after which it goes on. */
    private Query bound(Query query, int rank, Long after) {
        query.bind("exact", name.exact());
        if (rank != PersonQuery.Name.EXACT) {
            // both word ranks test each word whole: the whole-word rank to keep, the contained rank to leave out
            for (int i = 0; i < words.size(); i++) {
                query.bind("whole" + i, "% " + words.get(i) + " %");
            }
        }
        if (rank == PersonQuery.Name.WHOLE_WORDS) {
            query.bind("whole", whole);
        }
        if (rank == PersonQuery.Name.CONTAINED) {
            if (!contained.isEmpty()) {
                query.bind("contained", contained);
            }
            for (int i = 0; i < words.size(); i++) {
                if (contained.isEmpty() || words.get(i).length() < 3) {
                    query.bind("w" + i, "%" + words.get(i) + "%");
                }
            }
        }
        return PersonNameSearch.scoped(query, province, after);
    }
}
