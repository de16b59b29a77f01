package org.vaxline.person.application;

import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonQuery;
import org.vaxline.person.domain.PersonRead;
import org.vaxline.person.domain.PersonScope;
import org.vaxline.person.store.PersonStore;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Finds people by one text (identity number, phone, or name without diacritics) within the reader's scope — the
 * country for national admins and auditors, their own province for everyone else — or anywhere by the exact type and
 * number of an identity document. A merged-away record answers as its survivor. Every record returned is written to
 * the access log with its reader (committed before the answer, see AccessLog); one outside the reader's province with why.
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

    /**
     * @param province only people of this province (null: all the reader may search); a province user asking for
     *                 another is refused
     * @param after    the cursor of the previous page
     */
    public Page<PersonRecord> search(Actor reader, String text, String province, UUID after, int limit) {
        PersonQuery query = PersonQuery.parse(text).orElseThrow(() -> new VaxlineException(PlatformError.MALFORMED_REQUEST,
                "q: name an identity number, a phone number or a name", Map.of("q", "required"), Map.of()));
        String scope = PersonScope.searchProvince(reader, province);
        Found found = store.read(h -> {
            List<Person> fetched = persons.search(h, store.dialect(), query, scope, after, limit + 1);
            Page<Person> page = Page.of(fetched, limit, p -> p.id().toString());
            // A record of the reader's province may have been merged into someone of another: that one is not shown.
            List<PersonRecord> records = survivors(h, page.items()).stream()
                    .filter(r -> PersonScope.inReadScope(reader, r.person().provinceCode())).toList();
            return new Found(new Page<>(records, page.next()), accessLog.logged(h, reader, records, PersonRead.SEARCH));
        });
        found.logged().await();
        return found.page();
    }

    /**
     * The holder of one identity document, wherever they live (a traveller vaccinated away from home). A record
     * outside the reader's province is logged with the reason given, or {@link PersonRead#EXACT_DOCUMENT_OUTSIDE_SCOPE}.
     */
    public Page<PersonRecord> byDocument(Actor reader, IdentityType type, String number, String reason) {
        Violations v = new Violations();
        v.check(type != null, "identityType", "required with identityNumber: CCCD, PASSPORT or OTHER");
        v.check(number != null && !number.isBlank(), "identityNumber", "required with identityType");
        v.throwIfAny(PlatformError.MALFORMED_REQUEST);
        PersonQuery query = new PersonQuery.Document(type, number);
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        Found found = store.read(h -> {
            List<PersonRecord> records = survivors(h, persons.search(h, store.dialect(), query, null, null, 2));
            return new Found(new Page<>(records, null), accessLog.logged(h, reader, records, PersonRead.SEARCH,
                    r -> PersonScope.inReadScope(reader, r.person().provinceCode())
                            ? given : given != null ? given : PersonRead.EXACT_DOCUMENT_OUTSIDE_SCOPE));
        });
        found.logged().await();
        return found.page();
    }

    /** What a search found, and its access-log entries on their way (awaited after the connection is given back). */
    private record Found(Page<PersonRecord> page, AccessLog.Logged logged) {
    }

    private List<PersonRecord> survivors(org.jdbi.v3.core.Handle h, List<Person> found) {
        return directory.survivorRecords(h, found);
    }
}
