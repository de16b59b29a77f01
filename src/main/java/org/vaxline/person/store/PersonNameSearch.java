package org.vaxline.person.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonQuery;
import org.vaxline.platform.store.Dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A name search, ranked: the exact name first, then names holding every word whole, then names containing every word.
 * Each rank is read on its own, in a fixed order and with a limit, so a page stops at its last row instead of ranking
 * and sorting every match (a common family name matches a third of a country): the exact name through the b-tree; the
 * words through the indexes each store is good at (SQLite's FTS5 word and trigram tables, PostgreSQL's GIN word and
 * pg_trgm indexes). A cursor's person continues the page from its own rank.
 */
final class PersonNameSearch {
    private PersonNameSearch() {
    }

    static List<Person> search(Handle h, Dialect dialect, PersonQuery.Name name, String province, UUID after, int limit) {
        return dialect == Dialect.SQLITE ? onSqlite(h, name, province, after, limit) : onPostgres(h, name, province, after, limit);
    }

    /**
     * PostgreSQL: each rank in id order with a limit (V57): the exact name through {@code (normalized_name, id)}; whole
     * words through the GIN index of the name's words, whose statistics let the planner read a rare combination
     * through the index and walk the primary key for a common one; contained words through the GIN trigram index the
     * same way (words of three letters or more).
     */
    private static List<Person> onPostgres(Handle h, PersonQuery.Name name, String province, UUID after, int limit) {
        List<String> words = name.words();
        Integer afterRank = after == null ? null : h.createQuery("SELECT normalized_name FROM persons WHERE id = :id")
                .bind("id", after).mapTo(String.class).findOne().map(name::rankOf).orElse(null);
        StringBuilder contains = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            contains.append(" AND p.normalized_name LIKE :w").append(i);
        }
        String whole = "string_to_array(p.normalized_name, ' ') @> CAST(:words AS text[])";
        return inRanks(afterRank, limit, (rank, continuing, wanted) -> {
            String where = switch (rank) {
                case PersonQuery.Name.EXACT -> "p.normalized_name = :exact";
                case PersonQuery.Name.WHOLE_WORDS -> "p.normalized_name <> :exact AND " + whole;
                default -> "p.normalized_name <> :exact" + contains + " AND NOT " + whole;
            };
            Query query = h.createQuery("SELECT p.* FROM persons p WHERE " + where
                            + (province == null ? "" : " AND p.province_code = :province")
                            + (continuing ? " AND p.id > :after" : "") + " ORDER BY p.id LIMIT :limit")
                    .bind("limit", wanted).bind("exact", name.exact());
            if (rank != PersonQuery.Name.EXACT) {
                query.bindArray("words", String.class, words);
            }
            if (rank == PersonQuery.Name.CONTAINED) {
                for (int i = 0; i < words.size(); i++) {
                    query.bind("w" + i, "%" + words.get(i) + "%");
                }
            }
            if (province != null) {
                query.bind("province", province);
            }
            if (continuing) {
                query.bind("after", after);
            }
            return query.map(PersonStore.PERSON).list();
        });
    }

    /**
     * SQLite: each rank in the FTS tables' rowid order (registration order): the exact name through the b-tree, whole
     * words through person_words (a token per word, V64), contained words through person_names' trigrams. The cursor's
     * person continues from its rank and rowid.
     */
    private static List<Person> onSqlite(Handle h, PersonQuery.Name name, String province, UUID after, int limit) {
        List<String> words = name.words();
        Integer afterRank = null;
        Long afterRowid = null;
        if (after != null) {
            var cursor = h.createQuery("SELECT rowid AS r, normalized_name FROM persons WHERE id = :id").bind("id", after)
                    .map((rs, ctx) -> java.util.Map.entry(rs.getLong("r"), rs.getString("normalized_name"))).findOne();
            if (cursor.isPresent()) {
                afterRowid = cursor.get().getKey();
                afterRank = name.rankOf(cursor.get().getValue());
            }
        }
        // each word a token of its own (a query's words are letters and digits only: see PersonQuery.parse)
        String whole = String.join(" ", words.stream().map(w -> "\"" + w + "\"").toList());
        List<String> indexed = words.stream().filter(w -> w.length() >= 3).map(w -> "normalized_name : \"" + w + "\"").toList();
        StringBuilder wholeLike = new StringBuilder();
        StringBuilder shortLike = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            wholeLike.append(i == 0 ? "" : " AND ").append("(' ' || p.normalized_name || ' ') LIKE :whole").append(i);
            if (indexed.isEmpty() || words.get(i).length() < 3) {
                shortLike.append(" AND p.normalized_name LIKE :w").append(i);
            }
        }
        Long cursorRowid = afterRowid;
        return inRanks(afterRank, limit, (rank, continuing, wanted) -> {
            // A rank read through FTS5 walks its table in rowid order and joins each match's row, so it stops at the
            // page's end (an IN (subquery) would first collect every match of the commonest trigrams).
            boolean throughIndex = rank == PersonQuery.Name.WHOLE_WORDS || rank == PersonQuery.Name.CONTAINED && !indexed.isEmpty();
            // the word index splits a stored name at any punctuation; the LIKE keeps "whole" to the name's own words
            String where = switch (rank) {
                case PersonQuery.Name.EXACT -> "p.normalized_name = :exact";
                case PersonQuery.Name.WHOLE_WORDS -> "person_words MATCH :whole AND p.normalized_name <> :exact AND " + wholeLike;
                default -> (indexed.isEmpty() ? "1 = 1" : "person_names MATCH :contained")
                        + shortLike + " AND p.normalized_name <> :exact AND NOT (" + wholeLike + ")";
            };
            String index = rank == PersonQuery.Name.WHOLE_WORDS ? "person_words" : "person_names";
            String order = throughIndex ? index + ".rowid" : "p.rowid";
            String sql = (throughIndex ? "SELECT p.* FROM " + index + " JOIN persons p ON p.rowid = " + index + ".rowid WHERE "
                    : "SELECT p.* FROM persons p WHERE ") + where + (province == null ? "" : " AND p.province_code = :province")
                    + (continuing ? " AND " + order + " > :afterRowid" : "") + " ORDER BY " + order + " LIMIT :limit";
            Query query = h.createQuery(sql).bind("limit", wanted).bind("exact", name.exact());
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
                if (!indexed.isEmpty()) {
                    query.bind("contained", String.join(" AND ", indexed));
                }
                for (int i = 0; i < words.size(); i++) {
                    if (indexed.isEmpty() || words.get(i).length() < 3) {
                        query.bind("w" + i, "%" + words.get(i) + "%");
                    }
                }
            }
            if (province != null) {
                query.bind("province", province);
            }
            if (continuing) {
                query.bind("afterRowid", cursorRowid);
            }
            return query.map(PersonStore.PERSON).list();
        });
    }

    /** One rank's rows: {@code continuing} when the cursor's person stands in it, at most {@code wanted} of them. */
    @FunctionalInterface
    private interface RankReader {
        List<Person> read(int rank, boolean continuing, int wanted);
    }

    /** The ranks in order from the cursor's (or the first), each read only while the page is not full. */
    private static List<Person> inRanks(Integer afterRank, int limit, RankReader ranks) {
        List<Person> found = new ArrayList<>();
        for (int rank = afterRank == null ? PersonQuery.Name.EXACT : afterRank; rank <= PersonQuery.Name.CONTAINED && found.size() < limit; rank++) {
            found.addAll(ranks.read(rank, afterRank != null && rank == afterRank, limit - found.size()));
        }
        return found;
    }
}
