package org.vaxline.person;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.person.application.PersonRecord;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonError;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.vaxline.person.PersonWorld.ADMIN;
import static org.vaxline.person.PersonWorld.AUDITOR;
import static org.vaxline.person.PersonWorld.HANOI_MANAGER;
import static org.vaxline.person.PersonWorld.HANOI_SITE;
import static org.vaxline.person.PersonWorld.HANOI_VACCINATOR;
import static org.vaxline.person.PersonWorld.HUE_COMMUNE;
import static org.vaxline.person.PersonWorld.an;

/** The person registry on SQLite and PostgreSQL: registration, duplicates, search, the access log and merges. */
class PersonRegistryTest {
    @TempDir
    Path tempDir;

    private List<PersonRecord> find(PersonWorld w, Actor reader, String q) {
        return w.persons.searchPersons().search(reader, q, null, null, 100).items();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void registersOnceAndRetriesAreHarmless(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            NewPerson an = an();
            var first = w.persons.registerPerson().register(ADMIN, an);
            assertThat(first.isNew()).isTrue();
            Person p = first.value();
            assertThat(p.phone()).isEqualTo("+84912345678");
            assertThat(p.normalizedName()).isEqualTo("nguyen van an");
            assertThat(p.recordedBy()).isEqualTo("nat.admin");
            assertThat(p.recordedAt()).isEqualTo(PersonWorld.CLOCK.instant());
            assertThat(w.persons.registerPerson().register(ADMIN, an).isNew()).isFalse();
            NewPerson other = new NewPerson(an.id(), an.identityType(), an.identityNumber(), "Nguyễn Văn Bình", an.dateOfBirth(),
                    an.sex(), an.phone(), an.provinceCode(), an.communeId(), an.priorityGroup(), null, null);
            assertThat(catchThrowableOfType(() -> w.persons.registerPerson().register(ADMIN, other), VaxlineException.class).code())
                    .isEqualTo(PlatformError.IDEMPOTENCY_CONFLICT);
            assertThat(w.count("persons")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void namesEveryFaultAndWritesNothing(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            NewPerson bad = new NewPerson(Ids.newId(), IdentityType.CCCD, "001089000123", " ", LocalDate.of(2030, 1, 1),
                    null, "12345", "99", HUE_COMMUNE, "ASTRONAUT", Ids.newId(), null);
            VaxlineException e = catchThrowableOfType(() -> w.persons.registerPerson().register(ADMIN, bad), VaxlineException.class);
            assertThat(e.code()).isEqualTo(PersonError.PERSON_INVALID);
            assertThat(e.fieldErrors()).containsOnlyKeys("identityNumber", "fullName", "dateOfBirth", "sex", "phone",
                    "provinceCode", "communeId", "priorityGroup", "registeredAt");
            assertThat(e.fieldErrors().get("identityNumber")).contains("digits 5-6 (89) do not match the birth year 2030");
            NewPerson wrongYear = new NewPerson(Ids.newId(), IdentityType.CCCD, "001089000123", "Nguyễn Văn An",
                    LocalDate.of(1990, 5, 1), Sex.MALE, null, "01", null, null, null, null);
            assertThat(catchThrowableOfType(() -> w.persons.registerPerson().register(ADMIN, wrongYear), VaxlineException.class)
                    .getMessage()).isEqualTo("identityNumber: digits 5-6 (89) do not match the birth year 1990");
            assertThat(w.count("persons")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void writesAreScopedToTheProvinceAndTheSite(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            NewPerson atSite = new NewPerson(Ids.newId(), IdentityType.PASSPORT, "C1234567", "Trần Thị Bích", LocalDate.of(2005, 3, 9),
                    Sex.FEMALE, null, "01", null, "GENERAL", HANOI_SITE, null);
            assertThat(w.persons.registerPerson().register(HANOI_VACCINATOR, atSite).isNew()).isTrue();
            NewPerson noSite = PersonWorld.with(an(), "001090000124", null);
            assertThatThrownBy(() -> w.persons.registerPerson().register(HANOI_VACCINATOR, noSite))
                    .extracting(e -> ((VaxlineException) e).code()).isEqualTo(PlatformError.FORBIDDEN);
            assertThat(w.persons.registerPerson().register(HANOI_MANAGER, noSite).isNew()).isTrue();
            NewPerson inHue = new NewPerson(Ids.newId(), IdentityType.OTHER, "GKS-46-2010", "Lê Văn Cường", LocalDate.of(2010, 1, 1),
                    Sex.MALE, null, "46", HUE_COMMUNE, null, null, null);
            assertThatThrownBy(() -> w.persons.registerPerson().register(HANOI_MANAGER, inHue))
                    .extracting(e -> ((VaxlineException) e).code()).isEqualTo(PlatformError.FORBIDDEN);
            assertThatThrownBy(() -> w.persons.registerPerson().register(AUDITOR, inHue))
                    .extracting(e -> ((VaxlineException) e).code()).isEqualTo(PlatformError.FORBIDDEN);
            assertThat(w.count("persons")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void refusesTheSameIdentityAndLikelyDuplicatesUnlessConfirmed(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            UUID an = w.register(an());
            VaxlineException taken = catchThrowableOfType(() -> w.register(PersonWorld.with(an(), "001 090 000 123", null)),
                    VaxlineException.class);
            assertThat(taken.code()).isEqualTo(PersonError.PERSON_IDENTITY_TAKEN);
            assertThat(taken.details()).containsEntry("existingPersonId", an);

            NewPerson again = PersonWorld.with(an(), "001090000999", "+84 912 345 678");
            VaxlineException likely = catchThrowableOfType(() -> w.register(again), VaxlineException.class);
            assertThat(likely.code()).isEqualTo(PersonError.PERSON_LIKELY_DUPLICATE);
            assertThat(likely.details()).containsEntry("candidateIds", List.of(an));
            assertThat(w.count("persons")).isEqualTo(1);

            UUID twin = w.register(PersonWorld.confirmed(again));
            assertThat(twin).isNotEqualTo(an);
            assertThat(w.count("persons")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void findsByIdentityPhoneAndNameWithoutDiacriticsAndLogsEveryRead(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            UUID an = w.register(an());
            UUID binh = w.register(new NewPerson(Ids.newId(), IdentityType.CCCD, "079305004567", "Đặng Thị Bình",
                    LocalDate.of(2005, 3, 9), Sex.FEMALE, "0987 654 321", "79", null, "GENERAL", null, null));

            assertThat(find(w, ADMIN, "001090000123")).extracting(r -> r.person().id()).containsExactly(an);
            assertThat(find(w, ADMIN, "0912 345 678")).extracting(r -> r.person().id()).containsExactly(an);
            assertThat(find(w, ADMIN, "+84912345678")).extracting(r -> r.person().id()).containsExactly(an);
            assertThat(find(w, ADMIN, "nguyen van an")).extracting(r -> r.person().id()).containsExactly(an);
            assertThat(find(w, ADMIN, "van an")).extracting(r -> r.person().id()).containsExactly(an);
            assertThat(find(w, ADMIN, "dang binh")).extracting(r -> r.person().id()).containsExactly(binh);
            assertThat(find(w, ADMIN, "Nguyễn")).extracting(r -> r.person().id()).containsExactly(an);
            assertThat(find(w, ADMIN, "thi")).extracting(r -> r.person().id()).containsExactly(binh);
            assertThat(find(w, ADMIN, "nguyen binh")).isEmpty();
            assertThat(w.persons.searchPersons().search(ADMIN, "van an", "79", null, 100).items()).isEmpty();
            assertThat(find(w, ADMIN, "nguyen van an")).singleElement().satisfies(r -> assertThat(r.person().fullName()).isEqualTo("Nguyễn Văn An"));

            int readsBefore = w.count("person_reads");
            assertThat(w.persons.searchPersons().search(HANOI_MANAGER, "n", null, null, 100).items())
                    .as("a province's search reaches its own people only").extracting(r -> r.person().id()).containsExactly(an);
            w.persons.readPerson().read(HANOI_MANAGER, binh, "moved to Hà Nội, asked for her record");
            assertThat(w.count("person_reads")).isEqualTo(readsBefore + 2);

            List<PersonRead> log = w.persons.listReads().reads(AUDITOR, binh, null, 100).items();
            assertThat(log).last().satisfies(r -> {
                assertThat(r.readBy()).isEqualTo("hanoi.cdc");
                assertThat(r.purpose()).isEqualTo(PersonRead.VIEW);
                assertThat(r.readAt()).isEqualTo(PersonWorld.CLOCK.instant());
                assertThat(r.provinceCode()).isEqualTo("79");
            });
            assertThat(log).filteredOn(r -> r.readBy().equals("hanoi.cdc")).extracting(PersonRead::purpose, PersonRead::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(PersonRead.VIEW, "moved to Hà Nội, asked for her record"));
            assertThatThrownBy(() -> w.persons.listReads().reads(HANOI_MANAGER, binh, null, 100))
                    .extracting(e -> ((VaxlineException) e).code()).isEqualTo(PlatformError.FORBIDDEN);
            assertThatThrownBy(() -> w.store.inTransaction(h -> h.execute("DELETE FROM person_reads")))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> w.store.inTransaction(h -> h.execute("UPDATE person_reads SET read_by = 'nobody'")))
                    .hasMessageContaining("append-only");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void pagesSearchResults(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            for (int i = 0; i < 5; i++) {
                w.register(PersonWorld.with(an(), "00109000010" + i, "091234567" + i));
            }
            var first = w.persons.searchPersons().search(ADMIN, "van an", null, null, 3);
            assertThat(first.items()).hasSize(3);
            var second = w.persons.searchPersons().search(ADMIN, "van an", null, first.next(), 3);
            assertThat(second.items()).hasSize(2);
            assertThat(second.next()).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void mergeKeepsBothRecordsAndResolvesTheDuplicateToTheSurvivor(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            UUID survivor = w.register(an());
            UUID duplicate = w.register(PersonWorld.confirmed(PersonWorld.with(an(), "001090000999", "0912345678")));
            UUID third = w.register(PersonWorld.with(an(), "001090000777", null));
            var merge = w.persons.mergePersons().merge(ADMIN, null, survivor, duplicate, "same person, ID re-issued");
            assertThat(merge.isNew()).isTrue();
            assertThat(w.persons.mergePersons().merge(ADMIN, merge.value().id(), survivor, duplicate, "same person, ID re-issued")
                    .isNew()).isFalse();

            assertThat(w.persons.directory().resolve(duplicate)).isEqualTo(survivor);
            assertThat(w.persons.directory().resolve(survivor)).isEqualTo(survivor);
            assertThat(w.persons.directory().allIdsOf(duplicate)).containsExactly(survivor, duplicate);
            PersonRecord read = w.persons.readPerson().read(ADMIN, duplicate);
            assertThat(read.person().id()).isEqualTo(survivor);
            assertThat(read.mergedFrom()).containsExactly(duplicate);
            assertThat(find(w, ADMIN, "001090000999")).extracting(r -> r.person().id()).containsExactly(survivor);
            assertThat(find(w, ADMIN, "van an")).extracting(r -> r.person().id()).containsExactly(survivor, third);
            assertThat(w.count("persons")).as("nothing deleted").isEqualTo(3);

            assertThat(code(() -> w.persons.mergePersons().merge(ADMIN, null, third, duplicate, "again")))
                    .isEqualTo(PersonError.PERSON_ALREADY_MERGED);
            assertThat(code(() -> w.persons.mergePersons().merge(ADMIN, null, third, third, "self")))
                    .isEqualTo(PersonError.PERSON_MERGE_INVALID);
            assertThat(code(() -> w.persons.mergePersons().merge(ADMIN, null, duplicate, third, "into merged away")))
                    .isEqualTo(PersonError.PERSON_MERGE_INVALID);
            assertThat(code(() -> w.persons.mergePersons().merge(HANOI_VACCINATOR, null, survivor, third, "not mine")))
                    .isEqualTo(PlatformError.FORBIDDEN);
            assertThat(code(() -> w.persons.directory().resolve(Ids.newId()))).isEqualTo(PlatformError.NOT_FOUND);
            assertThatThrownBy(() -> w.store.inTransaction(h -> h.execute("DELETE FROM person_merges"))).hasMessageContaining("append-only");
            assertThatThrownBy(() -> w.store.inTransaction(h -> h.execute("DELETE FROM persons"))).hasMessageContaining("persons");
            assertThat(w.count("persons")).isEqualTo(3);

            w.persons.mergePersons().merge(ADMIN, null, third, survivor, "one person with three records");
            assertThat(w.persons.directory().resolve(duplicate)).as("chains resolve to the last survivor").isEqualTo(third);
            assertThat(w.persons.readPerson().read(ADMIN, duplicate).mergedFrom()).containsExactlyInAnyOrder(survivor, duplicate);
        }
    }

    private static Object code(Runnable action) {
        return catchThrowableOfType(action::run, VaxlineException.class).code();
    }
}
