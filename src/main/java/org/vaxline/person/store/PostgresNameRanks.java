package org.vaxline.person.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonQuery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The name search's ranks on PostgreSQL, each in id order with a limit (V57): the exact name through
 * {@code (normalized_name, id)}; whole words through the GIN index of the name's words, whose statistics let the
 * planner read a rare combination through the index (its fast scan skips along the rarest word) and walk the primary
 * key for a common one; contained words through the GIN trigram index the same way.
 *
 * <p>A word shorter than a trigram cannot be looked up in that index, so the contained rank would recheck every name
 * holding the other words (every "ngoc" for "vo ngoc vy"). That rank then walks the primary key instead, at most
 * {@code walk} people of the scope for a page.
 */
final class PostgresNameRanks implements PersonNameSearch.Ranks {
    private final Handle h;
    private final PersonQuery.Name name;
    private final String province;
    private final List<String> words;
    private final boolean shortWord;

    PostgresNameRanks(Handle h, PersonQuery.Name name, String province) {
        this.h = h;
        this.name = name;
        this.province = province;
        this.words = name.words();
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
        String whole = "string_to_array(p.normalized_name, ' ') @> CAST(:words AS text[])";
        StringBuilder contains = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            contains.append(" AND p.normalized_name LIKE :w").append(i);
        }
        String where = switch (rank) {
            case PersonQuery.Name.EXACT -> "p.normalized_name = :exact";
            case PersonQuery.Name.WHOLE_WORDS -> "p.normalized_name <> :exact AND " + whole;
            default -> "p.normalized_name <> :exact" + contains + " AND NOT " + whole;
        };
        boolean walking = rank == PersonQuery.Name.CONTAINED && shortWord;
        String scope = (province == null ? "" : " AND p.province_code = :province") + (after == null ? "" : " AND p.id > :after");
        String from = walking ? "(SELECT * FROM persons p WHERE 1 = 1" + scope + " ORDER BY p.id LIMIT :walk) p"
                : "persons p";
        Query query = h.createQuery("SELECT p.* FROM " + from + " WHERE " + where + (walking ? "" : scope)
                + " ORDER BY p.id LIMIT :limit").bind("limit", wanted).bind("exact", name.exact());
        if (rank != PersonQuery.Name.EXACT) {
            query.bindArray("words", String.class, words);
        }
        if (rank == PersonQuery.Name.CONTAINED) {
            for (int i = 0; i < words.size(); i++) {
                query.bind("w" + i, "%" + words.get(i) + "%");
            }
        }
        if (walking) {
            query.bind("walk", walk);
        }
        List<Person> people = PersonNameSearch.scoped(query, province, after).map(PersonStore.PERSON).list();
        if (!walking || people.size() == wanted) {
            return PersonNameSearch.RankRows.done(people);
        }
        // the walk's last person, when it read a whole window: the next page goes on after them
        Optional<UUID> last = PersonNameSearch.scoped(h.createQuery("SELECT p.id FROM persons p WHERE 1 = 1" + scope
                + " ORDER BY p.id OFFSET :skip LIMIT 1").bind("skip", walk - 1), province, after).mapTo(UUID.class).findOne();
        return new PersonNameSearch.RankRows(people, last.map(UUID::toString).orElse(null));
    }

}
