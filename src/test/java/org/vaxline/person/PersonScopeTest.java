package org.vaxline.person;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.person.application.PersonRecord;
import org.vaxline.person.domain.CorrectionRequest;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.PersonRead;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.vaxline.person.PersonWorld.ADMIN;
import static org.vaxline.person.PersonWorld.AUDITOR;
import static org.vaxline.person.PersonWorld.HANOI_COMMUNE;
import static org.vaxline.person.PersonWorld.HANOI_MANAGER;
import static org.vaxline.person.PersonWorld.HANOI_SITE;
import static org.vaxline.person.PersonWorld.HANOI_VACCINATOR;
import static org.vaxline.person.PersonWorld.HUE_COMMUNE;
import static org.vaxline.person.PersonWorld.HUE_MANAGER;
import static org.vaxline.person.PersonWorld.HUE_SITE;

/**
 * Issue 7, on SQLite and PostgreSQL: a person's record is written in, and searched from, the province it belongs to;
 * someone of another province is found only by their identity document, or read by id with a reason, and the log
 * says why.
 */
class PersonScopeTest {
    @TempDir
    Path tempDir;

    static NewPerson huePerson(UUID site) {
        return new NewPerson(Ids.newId(), IdentityType.CCCD, "046095000111", "Lê Văn Cường", LocalDate.of(1995, 2, 3),
                Sex.MALE, "0905 111 222", "46", HUE_COMMUNE, "GENERAL", site, null);
    }

    static NewPerson hanoiPerson(UUID site) {
        return new NewPerson(Ids.newId(), IdentityType.CCCD, "001185000222", "Trần Thị Bích", LocalDate.of(1985, 7, 9),
                Sex.FEMALE, "0912 000 222", "01", HANOI_COMMUNE, "GENERAL", site, null);
    }

    private static String forbidden(Runnable write) {
        VaxlineException e = catchThrowableOfType(write::run, VaxlineException.class);
        assertThat(e).as("refused").isNotNull();
        assertThat(e.code()).isEqualTo(PlatformError.FORBIDDEN);
        return e.getMessage();
    }

    private static CorrectionRequest phone(String phone) {
        return new CorrectionRequest(Ids.newId(), null, null, null, phone, null, null, null, null, null, "typed wrong");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void writesFollowThePersonsProvinceNotTheSitesItNames(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            var register = w.persons.registerPerson();
            // The hole of issue 7: a Hà Nội manager naming its own site registered a person of Huế.
            assertThat(forbidden(() -> register.register(HANOI_MANAGER, huePerson(HANOI_SITE))))
                    .isEqualTo("hanoi.cdc (PROVINCE_MANAGER) may not register a person of province 46: "
                            + "a province manager writes only people of its own province (01)");
            assertThat(forbidden(() -> register.register(HANOI_MANAGER, hanoiPerson(HUE_SITE))))
                    .contains("registers only at facilities of its own province (01)");
            assertThat(forbidden(() -> register.register(HANOI_VACCINATOR, huePerson(HANOI_SITE))))
                    .contains("a site vaccinator writes only people of its own province (01)");
            assertThat(forbidden(() -> register.register(HANOI_VACCINATOR, hanoiPerson(HUE_SITE))))
                    .contains("a site vaccinator registers only at its own site");
            assertThat(forbidden(() -> register.register(AUDITOR, hanoiPerson(null)))).contains("auditors read the registry and write nothing");
            assertThat(w.count("persons")).as("refusals write nothing").isZero();

            UUID bich = register.register(HANOI_VACCINATOR, hanoiPerson(HANOI_SITE)).value().id();
            UUID cuong = register.register(HUE_MANAGER, huePerson(HUE_SITE)).value().id();

            var correct = w.persons.correctPerson();
            assertThat(forbidden(() -> correct.correct(HANOI_MANAGER, cuong, phone("0905 111 333"))))
                    .contains("may not correct a person of province 46");
            assertThat(forbidden(() -> correct.correct(AUDITOR, bich, phone("0912 000 333")))).contains("auditors");
            assertThat(correct.correct(HANOI_VACCINATOR, bich, phone("0912 000 333")).isNew()).isTrue();
            CorrectionRequest move = new CorrectionRequest(Ids.newId(), null, null, null, null, "46", HUE_COMMUNE, null, null,
                    null, "moved to Huế");
            assertThat(forbidden(() -> correct.correct(HANOI_MANAGER, bich, move))).contains("may not move a person to province 46");
            assertThat(w.count("person_corrections")).isEqualTo(1);
            assertThat(correct.correct(ADMIN, bich, move).value().person().provinceCode()).isEqualTo("46");

            UUID twin = register.register(HUE_MANAGER, PersonWorld.confirmed(new NewPerson(Ids.newId(), IdentityType.OTHER,
                    "GKS-46-1995", "Le Van Cuong", LocalDate.of(1995, 2, 3), Sex.MALE, "0905 111 222", "46", null, null, null,
                    null))).value().id();
            assertThat(forbidden(() -> w.persons.mergePersons().merge(HANOI_MANAGER, null, cuong, twin, "same")))
                    .contains("may not merge a person of province 46");
            assertThat(forbidden(() -> w.persons.mergePersons().merge(PersonWorld.HUE_VACCINATOR, null, cuong, twin, "same")))
                    .contains("merges are made by province managers");
            assertThat(w.persons.mergePersons().merge(HUE_MANAGER, null, cuong, twin, "same person").isNew()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void readsFollowTheReadersScopeAndOutsideItOnlyByDocumentOrWithAReason(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            UUID bich = w.register(hanoiPerson(null));
            UUID cuong = w.register(huePerson(null));
            var search = w.persons.searchPersons();
            Actor vaccinator = HANOI_VACCINATOR;

            assertThat(search.search(vaccinator, "cuong", null, null, 100).items()).as("by name").isEmpty();
            assertThat(search.search(vaccinator, "0905 111 222", null, null, 100).items()).as("by phone").isEmpty();
            assertThat(search.search(vaccinator, "046095000111", null, null, 100).items()).as("by number alone").isEmpty();
            assertThat(search.search(vaccinator, "n", null, null, 100).items()).extracting(r -> r.person().id()).containsExactly(bich);
            assertThat(forbidden(() -> search.search(vaccinator, "cuong", "46", null, 100)))
                    .contains("a search by name, phone or number reaches only their own province (01)");
            assertThat(search.search(AUDITOR, "cuong", null, null, 100).items()).hasSize(1);
            assertThat(search.search(ADMIN, "cuong", "46", null, 100).items()).hasSize(1);

            // A traveller from Huế vaccinated in Hà Nội: found by the exact type and number of the document.
            assertThat(search.byDocument(vaccinator, IdentityType.PASSPORT, "046095000111", null).items()).isEmpty();
            List<PersonRecord> found = search.byDocument(vaccinator, IdentityType.CCCD, "046 095 000 111", null).items();
            assertThat(found).extracting(r -> r.person().id()).containsExactly(cuong);
            search.byDocument(vaccinator, IdentityType.CCCD, "046095000111", "traveller, dose 2 away from home");
            search.byDocument(vaccinator, IdentityType.CCCD, "001185000222", null);

            String refused = forbidden(() -> w.persons.readPerson().read(vaccinator, cuong));
            assertThat(refused).contains("may not read person " + cuong, "give a reason to read it");
            assertThat(catchThrowableOfType(() -> w.persons.corrections().history(vaccinator, cuong, " "), VaxlineException.class)
                    .code()).isEqualTo(PlatformError.FORBIDDEN);
            assertThat(w.persons.readPerson().read(vaccinator, cuong, "traveller, checking dose 1").person().id()).isEqualTo(cuong);
            w.persons.readPerson().read(vaccinator, bich);
            w.persons.readPerson().read(AUDITOR, cuong);

            List<PersonRead> cuongs = w.persons.listReads().reads(AUDITOR, cuong, null, 100).items();
            assertThat(cuongs).filteredOn(r -> r.readBy().equals("hanoi.site")).extracting(PersonRead::purpose, PersonRead::reason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(PersonRead.SEARCH, PersonRead.EXACT_DOCUMENT_OUTSIDE_SCOPE),
                            org.assertj.core.groups.Tuple.tuple(PersonRead.SEARCH, "traveller, dose 2 away from home"),
                            org.assertj.core.groups.Tuple.tuple(PersonRead.VIEW, "traveller, checking dose 1"));
            assertThat(cuongs).filteredOn(r -> r.readBy().equals("auditor")).extracting(PersonRead::reason).containsOnlyNulls();
            assertThat(w.persons.listReads().reads(AUDITOR, bich, null, 100).items()).extracting(PersonRead::reason)
                    .as("reads within one's province need no reason").containsOnlyNulls();
        }
    }
}
