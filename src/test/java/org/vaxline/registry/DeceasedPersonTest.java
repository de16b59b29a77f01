package org.vaxline.registry;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.application.DueEntry;
import org.vaxline.registry.application.HistoricalDoseRequest;
import org.vaxline.registry.reminder.FileReminderSender;
import org.vaxline.registry.reminder.Reminder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.registry.RegistryWorld.ADMIN;
import static org.vaxline.registry.RegistryWorld.SITE;
import static org.vaxline.registry.RegistryWorld.TODAY;

/**
 * A person who died on SQLite and PostgreSQL: due no more (the site's due list, the site pack, reminders, also one queued
 * before the death), their doses before the day still counted, and a dose dated after it refused with nothing written.
 */
class DeceasedPersonTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDeceasedPersonIsDueNoMoreAndGivenNothingAfterTheDay(Dialect dialect) throws Exception {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID lot = w.stockedLot("A1", 100);
            UUID an = w.person("Nguyễn Văn An");
            UUID binh = w.person("Trần Thị Bình");
            w.give(an, lot, TODAY.minusDays(20));
            w.give(binh, lot, TODAY.minusDays(20));
            assertThat(w.registry.queries().dueAt(SITE, TODAY, null, 50).items()).extracting(DueEntry::personId)
                    .containsExactlyInAnyOrder(an, binh);
            // both are reminded today; An dies before the messages go out
            assertThat(w.registry.queueReminders().forDay(TODAY)).extracting(Reminder::personId).containsExactlyInAnyOrder(an, binh);
            w.app.persons().recordDeath().record(ADMIN, an, TODAY.minusDays(2));

            assertThat(w.registry.queries().dueAt(SITE, TODAY, null, 50).items()).extracting(DueEntry::personId).containsExactly(binh);
            assertThat(w.registry.queries().dueBy(TODAY.plusDays(30))).extracting(DueEntry::personId).containsOnly(binh);
            var pack = w.app.site().packs().pack(RegistryWorld.VACCINATOR, SITE);
            assertThat(pack.due()).extracting(d -> d.personId()).containsExactly(binh);
            assertThat(pack.people()).extracting(p -> p.id()).doesNotContain(an).contains(binh);
            Path file = tempDir.resolve("sms.txt");
            assertThat(w.registry.deliverReminders().send(new FileReminderSender(file))).as("An's reminder is not sent").isEqualTo(1);
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Trần Thị Bình").doesNotContain("Nguyễn Văn An");
            assertThat(w.registry.queueReminders().forDay(TODAY.plusDays(1))).isEmpty();

            // the dose before the death still counts: in the person's doses and in their series
            assertThat(w.registry.queries().ofPerson(an).doses()).hasSize(1);
            assertThat(w.registry.queries().ofPerson(an).schedules()).singleElement()
                    .satisfies(s -> assertThat(s.dosesGiven()).isEqualTo(1));

            // a dose after the day is refused, from stock or reported from elsewhere, and writes nothing
            long onHand = w.onHand(SITE, lot);
            int doses = w.count("doses");
            assertThatThrownBy(() -> w.give(an, lot, TODAY)).isInstanceOfSatisfying(VaxlineException.class,
                    e -> assertThat(e.code().name()).isEqualTo("DOSE_AFTER_DEATH"))
                    .hasMessage("givenOn: " + TODAY + " is after the person died (" + TODAY.minusDays(2) + ")");
            assertThatThrownBy(() -> w.registry.recordHistoricalDose().record(ADMIN, new HistoricalDoseRequest(Ids.newId(), an,
                    w.abdala, TODAY.minusDays(1), "X1", "VN"))).isInstanceOfSatisfying(VaxlineException.class,
                    e -> assertThat(e.code().name()).isEqualTo("DOSE_AFTER_DEATH"));
            assertThat(w.onHand(SITE, lot)).isEqualTo(onHand);
            assertThat(w.count("doses")).isEqualTo(doses);
            // one given on the day of death itself (a death is recorded to the day) is taken
            w.give(an, lot, TODAY.minusDays(2));
            assertThat(w.count("doses")).isEqualTo(doses + 1);
            // and still no due list names them
            assertThat(w.registry.queries().dueAt(SITE, TODAY.plusDays(60), null, 50).items()).extracting(DueEntry::personId)
                    .doesNotContain(an);
        }
    }
}
