package org.vaxline.person.application;

import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonQuery;
import org.vaxline.person.domain.PersonRead;
import org.vaxline.person.store.PersonStore;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds people by one text (identity number, phone, or name without diacritics); a merged-away record answers as its
 * survivor. Every record returned is written to the access log with its reader, in the same transaction.
 */
public final class SearchPersons {
    private final Store store;
    private final PersonStore persons;
    private final PersonDirectory directory;
    private final AccessLog accessLog;

    public SearchPersons(Store store, PersonStore persons, PersonDirectory directory, AccessLog accessLog) {
        this.store = store;
        this.persons = persons;
        this.directory = directory;
        this.accessLog = accessLog;
    }

    /** @param province only people of this province (null: all); @param after the cursor of the previous page */
    public Page<PersonRecord> search(Actor reader, String text, String province, UUID after, int limit) {
        PersonQuery query = PersonQuery.parse(text).orElseThrow(() -> new VaxlineException(PlatformError.MALFORMED_REQUEST,
                "q: name an identity number, a phone number or a name", Map.of("q", "required"), Map.of()));
        return store.inTransaction(h -> {
            List<Person> fetched = persons.search(h, query, province, after, limit + 1);
            Page<Person> page = Page.of(fetched, limit, p -> p.id().toString());
            Set<UUID> survivors = new LinkedHashSet<>();
            page.items().forEach(p -> survivors.add(directory.resolve(h, p.id())));
            List<PersonRecord> records = new ArrayList<>();
            for (UUID id : survivors) {
                records.add(directory.record(h, id).orElseThrow());
            }
            accessLog.logged(h, reader, records, PersonRead.SEARCH);
            return new Page<>(records, page.next());
        });
    }
}
