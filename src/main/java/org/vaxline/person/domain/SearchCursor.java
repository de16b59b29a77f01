package org.vaxline.person.domain;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the next page of a person search begins. Most pages end after the last person they show; a name search's page
 * may also stop short, when one rank's walk through its index read as many matches as a page may read without filling
 * the page (a rare name among common words): its cursor is then the rank and the index key the walk reached, so that
 * every page costs a bounded read however large the registry (issue 13). On the wire: the person's id, or
 * {@code <rank>~<key>}.
 */
public sealed interface SearchCursor {
    /** The text a client sends back as {@code cursor}. */
    String text();

    /** The next page begins after this person (in their rank, for a name search). */
    record AfterPerson(UUID id) implements SearchCursor {
        @Override
        public String text() {
            return id.toString();
        }
    }

    /**
     * The next page goes on with rank {@code rank}'s walk after {@code key}: a row id on SQLite, a person id on
     * PostgreSQL (each store walks its own order).
     */
    record WalkedTo(int rank, String key) implements SearchCursor {
        private static final Pattern KEY = Pattern.compile("[0-9a-fA-F-]{1,36}");

        public WalkedTo {
            if (rank < PersonQuery.Name.EXACT || rank > PersonQuery.Name.CONTAINED || key == null || !KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("not a walk of a name search: " + rank + "~" + key);
            }
        }

        @Override
        public String text() {
            return rank + "~" + key;
        }
    }

    Pattern WALK = Pattern.compile("([0-9])~(.+)");

    /**
     * Reads a cursor as a client sent it back; empty for none.
     *
     * @throws IllegalArgumentException when it is neither a person's id nor a walk's position
     */
    static Optional<SearchCursor> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        Matcher walk = WALK.matcher(trimmed);
        if (walk.matches()) {
            return Optional.of(new WalkedTo(Integer.parseInt(walk.group(1)), walk.group(2)));
        }
        try {
            return Optional.of(new AfterPerson(UUID.fromString(trimmed)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor this search gave: " + trimmed, e);
        }
    }
}
