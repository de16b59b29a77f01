package org.vaxline.person.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonQuery;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The name search's ranks on PostgreSQL, each in id order with a limit: the exact name through
 * {@code (normalized_name, id)} (V57); whole words through person_name_words (V66), the people of the search's rarest
 * word in id order, each name tested for the other words; contained words through the GIN trigram index, whose planner
 * statistics tell a rare combination (read through the index) from a common one (people walked in id order). A page's
 * ids are read first and its people after, so a walk reads index pages and only the page's own rows are read whole.
 *
 * <p>The whole-word rank reads at most {@code walk} of its rarest word's people for a page, as SQLite's reads at most
 * a walk of its word index's matches. A word shorter than a trigram cannot be looked up in the trigram index, so the
 * contained rank would recheck every name holding the other words (every "ngoc" for "vo ngoc vy"); that rank then
 * walks people in id order instead, at most {@code walk} of the scope for a page, through an index that carries the
 * name (V66) rather than a heap page per person walked.
 */
final class PostgresNameRanks implements PersonNameSearch.Ranks {
    /** Every word of the search stands whole in the name. */
    private static final String WHOLE = "string_to_array(w.normalized_name, ' ') @> CAST(:words AS text[])";
    private final Handle h;
    private final PersonQuery.Name name;
    private final String province;
    private final List<String> words;
    private final boolean shortWord;
    /** The whole-word rank's rarest word, once its read has chosen it. */
    private String driver;

    PostgresNameRanks(Handle h, PersonQuery.Name name, String province) {
        this.h = h;
        this.name = name;
        this.province = province;
        this.words = name.words().stream().distinct().toList();
        this.shortWord = words.stream().anyMatch(w -> w.length() < 3);
    }

    @Override
    public Optional<PersonNameSearch.Start> start(UUID person) {
        return h.createQuery("SELECT normalized_name FROM persons WHERE id = :id").bind("id", person)
                .mapTo(String.class).findOne().map(n -> new PersonNameSearch.Start(name.rankOf(n), person.toString()));
    }

    @Override
    public PersonNameSearch.RankRows read(int rank, String afterKey, int wanted, int walk) {
        UUID after = afterKey == null ? null : PersonNameSearch.key(afterKey, UUID::fromString);
        return switch (rank) {
            case PersonQuery.Name.EXACT -> PersonNameSearch.RankRows.done(people(
                    "SELECT w.id FROM persons w WHERE w.normalized_name = :exact" + scope("w", "id", after), after, wanted, walk));
            case PersonQuery.Name.WHOLE_WORDS -> wholeWords(after, wanted, walk);
            default -> shortWord ? walked(inIdOrder(after), window -> "SELECT w.id FROM (" + window + ") w WHERE " + containedNotWhole(),
                    true, after, wanted, walk) : PersonNameSearch.RankRows.done(people(
                    "SELECT w.id FROM persons w WHERE " + containedNotWhole() + scope("w", "id", after), after, wanted, walk));
        };
    }

    /**
     * The whole-word rank, read through the people of its rarest word in id order, at most a walk of them, testing the
     * other words on each one's name. A word's people are a range of person_name_words' key, already in id order; the
     * rarest is the word with the fewest, counted up to the walk (an index-only count each: a word more common than a
     * walk ties, and the longest is taken). A merge of every word's range, the planner's choice, read each range to its
     * end for a name whose words are all common, which grows with the registry (56,000 entries for "le quang lam" at
     * 300,000 people, 12 ms); this reads at most a walk, whatever the registry's size.
     */
    private PersonNameSearch.RankRows wholeWords(UUID after, int wanted, int walk) {
        Map.Entry<String, Integer> rarest = bound(h.createQuery("SELECT d.word, (SELECT count(*) FROM (SELECT 1 FROM"
                + " person_name_words x WHERE x.word = d.word" + (after == null ? "" : " AND x.person_id > :after")
                + " LIMIT :walk) n) AS seen FROM unnest(CAST(:words AS text[])) AS d (word) ORDER BY 2, length(d.word) DESC LIMIT 1"),
                after, walk).map((rs, ctx) -> Map.entry(rs.getString("word"), rs.getInt("seen"))).one();
        driver = rarest.getKey();
        String window = "SELECT w0.person_id AS id FROM person_name_words w0 WHERE w0.word = :driver" + scope("w0", "person_id", after)
                + " ORDER BY w0.person_id LIMIT :walk";
        // the count ignores the province: fewer than a walk of the word after the key means the window ends the rank
        return walked(window, w -> "SELECT w.id FROM (" + w + ") c JOIN persons w ON w.id = c.id WHERE w.normalized_name <> :exact"
                + " AND " + WHOLE, rarest.getValue() >= walk, after, wanted, walk);
    }

    /** The scope's people in id order, at most {@code :walk}, read from the index that carries their names (V66). */
    private String inIdOrder(UUID after) {
        return "SELECT w.id, w.normalized_name FROM persons w WHERE 1 = 1" + scope("w", "id", after) + " ORDER BY w.id LIMIT :walk";
    }

    private String containedNotWhole() {
        StringBuilder where = new StringBuilder("w.normalized_name <> :exact");
        for (int i = 0; i < words.size(); i++) {
            where.append(" AND w.normalized_name LIKE :like").append(i);
        }
        return where.append(" AND NOT ").append(WHOLE).toString();
    }

    /**
     * A page of a rank read through a window of candidates (the ids of those the rank keeps: {@code kept}), and,
     * when the page is short because the window was read whole, the window's last candidate for the next page (none
     * when the window is known to hold less than a walk: {@code mayBeFull} false).
     */
    private PersonNameSearch.RankRows walked(String window, UnaryOperator<String> kept, boolean mayBeFull, UUID after,
                                             int wanted, int walk) {
        List<Person> people = people(kept.apply(window), after, wanted, walk);
        if (people.size() == wanted || !mayBeFull) {
            return PersonNameSearch.RankRows.done(people);
        }
        Optional<UUID> last = bound(h.createQuery("SELECT c.id FROM (" + window + ") c ORDER BY c.id OFFSET :skip LIMIT 1")
                .bind("skip", walk - 1), after, walk).mapTo(UUID.class).findOne();
        return new PersonNameSearch.RankRows(people, last.map(UUID::toString).orElse(null));
    }

    /** The people of a page whose ids the query gives (ids first: only the page's own rows are read whole). */
    private List<Person> people(String ids, UUID after, int wanted, int walk) {
        Query query = h.createQuery("SELECT p.* FROM (" + ids + " ORDER BY 1 LIMIT :limit) page JOIN persons p ON p.id = page.id"
                + " ORDER BY p.id").bind("limit", wanted);
        return bound(query, after, walk).map(PersonStore.PERSON).list();
    }

    /** Binds the name, the words, the walk and the scope: each rank's SQL names only some of them. */
    private Query bound(Query query, UUID after, int walk) {
        query.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
        query.bind("exact", name.exact()).bindArray("words", String.class, words).bind("walk", walk).bind("driver", driver);
        for (int i = 0; i < words.size(); i++) {
            query.bind("like" + i, "%" + words.get(i) + "%");
        }
        return PersonNameSearch.scoped(query, province, after);
    }

    private String scope(String table, String id, UUID after) {
        return (province == null ? "" : " AND " + table + ".province_code = :province")
                + (after == null ? "" : " AND " + table + "." + id + " > :after");
    }
}
