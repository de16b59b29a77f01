package org.vaxline.person.application;

import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonQuery;
import org.vaxline.person.domain.PersonRead;
import org.vaxline.person.domain.PersonScope;
import org.vaxline.person.domain.SearchCursor;
import org.vaxline.person.store.NameSearchPage;
import org.vaxline.person.store.PersonStore;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;
import org.jdbi.v3.core.Handle;

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
     * @param cursor   the {@code next} of the previous page, or null for the first. A name search's page may hold fewer
     *                 than {@code limit} people and still have a next page: its walk through the index stopped short
     * @throws VaxlineException MALFORMED_REQUEST when the text is blank or the cursor is not one a search of its kind gave
     */
    public Page<PersonRecord> search(Actor reader, String text, String province, String cursor, int limit) {
        PersonQuery query = PersonQuery.parse(text).orElseThrow(() -> new VaxlineException(PlatformError.MALFORMED_REQUEST,
                "q: name an identity number, a phone number or a name", Map.of("q", "required"), Map.of()));
        SearchCursor from = cursor(cursor, query instanceof PersonQuery.Name);
        String scope = PersonScope.searchProvince(reader, province);
        Found found = store.read(h -> {
            Page<Person> page = fetched(h, query, scope, from, limit);
            // A record of the reader's province may have been merged into someone of another: that one is not shown.
            List<PersonRecord> records = survivors(h, page.items()).stream()
                    .filter(r -> PersonScope.inReadScope(reader, r.person().provinceCode())).toList();
            return new Found(new Page<>(records, page.next()), accessLog.logged(h, reader, records, PersonRead.SEARCH));
        });
        found.logged().await();
        return found.page();
    }

    /** One page of matches, read with one more than the limit to know of a next page; a name's may stop short. */
    private Page<Person> fetched(Handle h, PersonQuery query, String scope, SearchCursor from, int limit) {
        if (query instanceof PersonQuery.Name name) {
            NameSearchPage read;
            try {
                read = persons.searchName(h, store.dialect(), name, scope, from, limit + 1);
            } catch (IllegalArgumentException e) {
                throw malformedCursor(e);
            }
            Page<Person> page = Page.of(read.people(), limit, p -> p.id().toString());
            return page.next() == null && read.stoppedAt() != null ? new Page<>(page.items(), read.stoppedAt().text()) : page;
        }
        UUID after = from == null ? null : ((SearchCursor.AfterPerson) from).id();
        return Page.of(persons.search(h, query, scope, after, limit + 1), limit, p -> p.id().toString());
    }

    private static SearchCursor cursor(String text, boolean name) {
        try {
            SearchCursor cursor = SearchCursor.parse(text).orElse(null);
            if (cursor instanceof SearchCursor.WalkedTo && !name) {
                throw new IllegalArgumentException("a walk through names, and this search is not by name: " + text);
            }
            return cursor;
        } catch (IllegalArgumentException e) {
            throw malformedCursor(e);
        }
    }

    private static VaxlineException malformedCursor(IllegalArgumentException e) {
        return new VaxlineException(PlatformError.MALFORMED_REQUEST, "cursor: " + e.getMessage(),
                Map.of("cursor", "not a cursor this search gave (send back the previous page's next)"), Map.of());
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
            List<PersonRecord> records = survivors(h, persons.search(h, query, null, null, 2));
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

    private List<PersonRecord> survivors(Handle h, List<Person> found) {
        return directory.survivorRecords(h, found);
    }
}
