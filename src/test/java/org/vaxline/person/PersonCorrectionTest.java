package org.vaxline.person;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.person.application.PersonCorrections;
import org.vaxline.person.application.PersonEligibility;
import org.vaxline.person.domain.CorrectionRequest;
import org.vaxline.person.domain.FieldChange;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Person;
import org.vaxline.person.domain.PersonCorrected;
import org.vaxline.person.domain.PersonCorrection;
import org.vaxline.person.domain.PersonError;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.vaxline.person.PersonWorld.ADMIN;
import static org.vaxline.person.PersonWorld.AUDITOR;
import static org.vaxline.person.PersonWorld.HANOI_MANAGER;
import static org.vaxline.person.PersonWorld.an;

/**
 * Corrections of a person's record on SQLite and PostgreSQL: append-only entries with their reason, the persons row
 * moved with them, the same rules as registration, idempotent retries, one at a time per person, and an event that
 * a failing subscriber turns into no correction at all.
 */
class PersonCorrectionTest {
    @TempDir
    Path tempDir;

    private static CorrectionRequest request(UUID id, String name, LocalDate born, String phone, String group, String reason) {
        return new CorrectionRequest(id, name, born, null, phone, null, null, group, null, null, reason);
    }

    private static VaxlineException refusal(Runnable action) {
        return catchThrowableOfType(action::run, VaxlineException.class);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void correctsWithAnAppendOnlyEntryAndKeepsTheHistory(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            UUID an = w.register(an());
            var correct = w.persons.correctPerson();
            UUID first = Ids.newId();
            CorrectionRequest born = request(first, null, LocalDate.of(1990, 5, 14), "0912 345 679", null,
                    " birth date and phone typed wrong at registration ");
            var corrected = correct.correct(HANOI_MANAGER, an, born);
            assertThat(corrected.isNew()).isTrue();
            Person p = corrected.value().person();
            assertThat(p.dateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 14));
            assertThat(p.phone()).isEqualTo("+84912345679");
            assertThat(p.corrections()).isEqualTo(1);
            assertThat(p.correctedBy()).isEqualTo("hanoi.cdc");
            assertThat(p.correctedAt()).isEqualTo(PersonWorld.CLOCK.instant());
            assertThat(p.recordedBy()).as("registration facts stay").isEqualTo("nat.admin");
            assertThat(w.persons.readPerson().read(ADMIN, an).person()).isEqualTo(p);

            assertThat(correct.correct(HANOI_MANAGER, an, born).isNew()).as("a retry").isFalse();
            CorrectionRequest other = request(first, null, LocalDate.of(1990, 5, 15), null, null, "birth date typed wrong");
            assertThat(refusal(() -> correct.correct(HANOI_MANAGER, an, other)).code()).isEqualTo(PlatformError.IDEMPOTENCY_CONFLICT);

            correct.correct(ADMIN, an, request(Ids.newId(), "  Nguyễn  Văn Ân ", null, null, "GENERAL", "name has a hat; not a health worker"));
            assertThat(w.persons.searchPersons().search(ADMIN, "van an", null, null, 10).items()).singleElement()
                    .satisfies(r -> assertThat(r.person().fullName()).isEqualTo("Nguyễn Văn Ân"));

            PersonCorrections.History history = w.persons.corrections().history(AUDITOR, an, null);
            assertThat(history.record().person().corrections()).isEqualTo(2);
            List<PersonCorrection> entries = history.corrections();
            assertThat(entries).extracting(PersonCorrection::number).containsExactly(1, 2);
            assertThat(entries.get(0).reason()).isEqualTo("birth date and phone typed wrong at registration");
            assertThat(entries.get(0).changes()).containsExactly(new FieldChange("dateOfBirth", "1990-05-01", "1990-05-14"),
                    new FieldChange("phone", "+84912345678", "+84912345679"));
            assertThat(entries.get(1).changes()).containsExactly(new FieldChange("fullName", "Nguyễn Văn An", "Nguyễn Văn Ân"),
                    new FieldChange("priorityGroup", "HEALTH_WORKER", "GENERAL"));
            assertThat(entries.get(1).recordedBy()).isEqualTo("nat.admin");
            assertThat(w.count("person_corrections")).isEqualTo(2);

            for (String change : List.of("UPDATE person_corrections SET reason = 'x'", "DELETE FROM person_corrections",
                    "UPDATE person_correction_fields SET after_value = 'x'", "DELETE FROM person_correction_fields")) {
                assertThatThrownBy(() -> w.store.inTransaction(h -> h.execute(change))).as(change).hasMessageContaining("append-only");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void refusesWhatRegistrationWouldRefuseAndWritesNothing(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            UUID an = w.register(an());
            UUID binh = w.register(new NewPerson(Ids.newId(), IdentityType.CCCD, "001305004567", "Đặng Thị Bình",
                    LocalDate.of(2005, 3, 9), Sex.FEMALE, null, "01", null, "GENERAL", null, null));
            var correct = w.persons.correctPerson();

            VaxlineException none = refusal(() -> correct.correct(ADMIN, an, request(null, null, null, null, null, null)));
            assertThat(none.code()).isEqualTo(PersonError.PERSON_CORRECTION_INVALID);
            assertThat(none.fieldErrors()).containsOnlyKeys("reason", "fields");
            assertThat(refusal(() -> correct.correct(ADMIN, an, request(null, "Nguyễn Văn An", null, "0912345678", null, "x")))
                    .fieldErrors()).containsEntry("fields", "changes nothing: every field named already holds that value");
            VaxlineException bad = refusal(() -> correct.correct(ADMIN, an, request(null, " ", LocalDate.of(1991, 5, 1), "12",
                    "ASTRONAUT", "typo")));
            assertThat(bad.fieldErrors()).containsOnlyKeys("fullName", "identityNumber", "phone", "priorityGroup");
            assertThat(bad.fieldErrors().get("identityNumber")).isEqualTo("digits 5-6 (90) do not match the birth year 1991");
            VaxlineException tooYoung = refusal(() -> correct.correct(ADMIN, binh, request(null, null, null, null, "TEACHER", "typo")));
            assertThat(tooYoung.fieldErrors()).containsEntry("priorityGroup",
                    "TEACHER is for ages 18 and over; the person is 16 on 2021-10-01 (born 2005-03-09)");
            VaxlineException older = refusal(() -> correct.correct(ADMIN, an, request(null, null, LocalDate.of(1990, 1, 1), null,
                    "OVER_65", "typo")));
            assertThat(older.fieldErrors().get("priorityGroup")).startsWith("OVER_65 is for ages 65 and over; the person is 31");

            UUID twin = w.register(PersonWorld.confirmed(PersonWorld.with(an(), "001090000999", "0912345678")));
            VaxlineException taken = refusal(() -> correct.correct(ADMIN, an, new CorrectionRequest(null, null, null, null, null,
                    null, null, null, IdentityType.CCCD, "001 090 000 999", "typo")));
            assertThat(taken.code()).isEqualTo(PersonError.PERSON_IDENTITY_TAKEN);
            assertThat(taken.details()).containsEntry("existingPersonId", twin);

            w.persons.mergePersons().merge(ADMIN, null, an, twin, "same person");
            VaxlineException merged = refusal(() -> correct.correct(ADMIN, twin, request(null, "Nguyễn Văn Anh", null, null, null, "typo")));
            assertThat(merged.code()).isEqualTo(PersonError.PERSON_ALREADY_MERGED);
            assertThat(merged.details()).containsEntry("survivorId", an);
            assertThat(refusal(() -> correct.correct(ADMIN, Ids.newId(), request(null, "X", null, null, null, "typo"))).code())
                    .isEqualTo(PlatformError.NOT_FOUND);
            assertThat(w.count("person_corrections")).isZero();
            assertThat(w.persons.readPerson().read(ADMIN, an).person().corrections()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void announcesTheCorrectionInItsTransactionAndASubscribersFailureUndoesIt(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            UUID an = w.register(an());
            List<PersonCorrected> seen = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean fail = new AtomicBoolean();
            w.events.subscribe(PersonCorrected.class, e -> {
                // Inside the transaction: the projection already holds the new values.
                String inStore = w.store.read(h -> h.createQuery("SELECT priority_group FROM persons WHERE id = :id")
                        .bind("id", an).mapTo(String.class).one());
                assertThat(inStore).isEqualTo(e.after().priorityGroup());
                seen.add(e);
            });
            w.events.subscribe(PersonCorrected.class, e -> {
                if (fail.get()) {
                    throw new IllegalStateException("coverage could not move");
                }
            });
            UUID id = Ids.newId();
            w.persons.correctPerson().correct(ADMIN, an, request(id, null, null, null, "GENERAL", "not a health worker"));
            assertThat(seen).singleElement().satisfies(e -> {
                assertThat(e.personId()).isEqualTo(an);
                assertThat(e.correctionId()).isEqualTo(id);
                assertThat(e.before().priorityGroup()).isEqualTo("HEALTH_WORKER");
                assertThat(e.after().priorityGroup()).isEqualTo("GENERAL");
                assertThat(e.changedFields()).containsExactly("priorityGroup");
                assertThat(e.recordedBy()).isEqualTo("nat.admin");
            });

            fail.set(true);
            assertThatThrownBy(() -> w.persons.correctPerson().correct(ADMIN, an, request(null, null, null, null, "TEACHER", "teaches")))
                    .hasMessageContaining("coverage could not move");
            assertThat(w.count("person_corrections")).isEqualTo(1);
            assertThat(w.count("person_correction_fields")).isEqualTo(1);
            Person after = w.persons.directory().describe(an).orElseThrow();
            assertThat(after.priorityGroup()).as("rolled back").isEqualTo("GENERAL");
            assertThat(after.corrections()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void parallelCorrectionsOfOnePersonEachStartFromTheOneBefore(Dialect dialect) throws Exception {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            UUID an = w.register(an());
            int n = 8;
            ExecutorService pool = Executors.newFixedThreadPool(n);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String phone = "0912 000 10" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return w.persons.correctPerson().correct(ADMIN, an, request(null, null, null, phone, null, "phone changed"));
                }));
            }
            start.countDown();
            for (Future<?> r : results) {
                r.get();
            }
            pool.shutdown();
            List<PersonCorrection> entries = w.persons.corrections().history(ADMIN, an, null).corrections();
            assertThat(entries).extracting(PersonCorrection::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
            String previous = "+84912345678";
            for (PersonCorrection e : entries) {
                FieldChange phone = e.changes().get(0);
                assertThat(phone.before()).as("correction " + e.number() + " started from the one before").isEqualTo(previous);
                previous = phone.after();
            }
            Person now = w.persons.directory().describe(an).orElseThrow();
            assertThat(now.phone()).isEqualTo(previous);
            assertThat(now.corrections()).isEqualTo(n);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void registrationRefusesAGroupOutsideThePersonsAgesAndTheDirectoryTellsTheBounds(Dialect dialect) {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            NewPerson toddler = new NewPerson(Ids.newId(), IdentityType.OTHER, "GKS-01-2019-7", "Phạm Minh Khôi",
                    LocalDate.of(2019, 6, 1), Sex.MALE, null, "01", null, "OVER_65", null, null);
            VaxlineException e = refusal(() -> w.register(toddler));
            assertThat(e.code()).isEqualTo(PersonError.PERSON_INVALID);
            assertThat(e.fieldErrors()).containsOnlyKeys("priorityGroup");
            assertThat(e.fieldErrors().get("priorityGroup"))
                    .isEqualTo("OVER_65 is for ages 65 and over; the person is 2 on 2021-10-01 (born 2019-06-01)");
            UUID khoi = w.register(new NewPerson(toddler.id(), toddler.identityType(), toddler.identityNumber(), toddler.fullName(),
                    toddler.dateOfBirth(), toddler.sex(), null, "01", null, "GENERAL", null, null));
            UUID an = w.register(an());

            PersonEligibility child = w.persons.directory().eligibility(khoi);
            assertThat(child).isEqualTo(new PersonEligibility(khoi, LocalDate.of(2019, 6, 1), "GENERAL", null, null, null));
            assertThat(w.persons.directory().eligibility(an))
                    .isEqualTo(new PersonEligibility(an, LocalDate.of(1990, 5, 1), "HEALTH_WORKER", 18, null, null));
            assertThat(w.persons.priorityGroups().all()).filteredOn(g -> g.code().equals("OVER_65")).singleElement()
                    .satisfies(g -> assertThat(g.minAgeYears()).isEqualTo(65));
            assertThat(refusal(() -> w.persons.directory().eligibility(Ids.newId())).code()).isEqualTo(PlatformError.NOT_FOUND);
        }
    }
}
