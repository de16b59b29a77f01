package org.vaxline.registry;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.registry.application.SessionSummary;
import org.vaxline.registry.application.Sessions;
import org.vaxline.registry.reminder.FileReminderSender;
import org.vaxline.registry.reminder.Reminder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.registry.RegistryWorld.SITE;
import static org.vaxline.registry.RegistryWorld.TODAY;
import static org.vaxline.registry.RegistryWorld.VACCINATOR;

/** Open-vial sessions and reminders on SQLite and PostgreSQL. */
class SessionsAndRemindersTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aClosedSessionWastesWhatIsLeftInItsOpenedVials(Dialect dialect) {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID lot = w.stockedLot("A1", 100);
            UUID session = Ids.newId();
            assertThat(w.registry.sessions().open(VACCINATOR, session, SITE, TODAY).isNew()).isTrue();
            assertThat(w.registry.sessions().open(VACCINATOR, session, SITE, TODAY).isNew()).isFalse();
            w.registry.sessions().openVials(VACCINATOR, session, Ids.newId(), lot, 1);
            for (int i = 0; i < 10; i++) {
                give(w, session, lot);
            }
            assertThatThrownBy(() -> give(w, session, lot)).isInstanceOfSatisfying(VaxlineException.class,
                    e -> assertThat(e.code().name()).isEqualTo("SESSION_VIALS_EMPTY"));
            w.registry.sessions().openVials(VACCINATOR, session, Ids.newId(), lot, 1);
            for (int i = 0; i < 3; i++) {
                give(w, session, lot);
            }
            assertThat(w.onHand(SITE, lot)).isEqualTo(87);

            SessionSummary closed = w.registry.sessions().close(VACCINATOR, session);
            assertThat(closed.closed()).isTrue();
            assertThat(closed.lots()).singleElement().isEqualTo(new SessionSummary.LotLine(lot, 2, 20, 13, 7));
            assertThat(w.onHand(SITE, lot)).isEqualTo(80).isEqualTo(w.ledgerSum(SITE, lot));
            var wastage = w.app.stock().queries().request(Sessions.wastageRequestId(session, lot));
            assertThat(wastage).singleElement().satisfies(m -> {
                assertThat(m.quantity()).isEqualTo(-7);
                assertThat(m.reason()).isEqualTo("OPENED_VIAL");
            });
            assertThat(w.registry.sessions().close(VACCINATOR, session)).isEqualTo(closed);
            assertThat(w.onHand(SITE, lot)).isEqualTo(80);
            assertThatThrownBy(() -> give(w, session, lot)).isInstanceOfSatisfying(VaxlineException.class,
                    e -> assertThat(e.code().name()).isEqualTo("SESSION_CLOSED"));
            assertThat(w.count("doses")).isEqualTo(13);
        }
    }

    private static void give(RegistryWorld w, UUID session, UUID lot) {
        UUID person = w.person("Phạm Văn Dũng");
        w.registry.recordDose().record(VACCINATOR, new DoseRequest(Ids.newId(), person, w.abdala, lot, SITE, TODAY, session, null));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void remindersAreQueuedOncePerDueDoseAndWrittenToAFile(Dialect dialect) throws Exception {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID lot = w.stockedLot("A1", 100);
            UUID an = w.person("Nguyễn Văn An");
            UUID binh = w.person("Trần Thị Bình");
            w.give(an, lot, TODAY.minusDays(20));
            w.give(binh, lot, TODAY.minusDays(3));
            List<Reminder> queued = w.registry.queueReminders().forDay(TODAY);
            assertThat(queued).singleElement().satisfies(r -> {
                assertThat(r.personId()).isEqualTo(an);
                assertThat(r.phone()).startsWith("+84");
                assertThat(r.text()).isEqualTo("Nhắc lịch tiêm: Ông/Bà Nguyễn Văn An đến hạn tiêm mũi 2 vắc xin Abdala (CIGB-66) từ ngày "
                        + "25/09/2021 tại " + w.app.facilities().facilities().find(SITE).orElseThrow().name() + ".");
            });
            assertThat(w.registry.queueReminders().forDay(TODAY)).isEmpty();
            assertThat(w.registry.queueReminders().forDay(TODAY.plusDays(11))).extracting(Reminder::personId).containsExactly(binh);

            Path file = tempDir.resolve("sms.txt");
            assertThat(w.registry.deliverReminders().send(new FileReminderSender(file))).isEqualTo(2);
            assertThat(w.registry.deliverReminders().send(new FileReminderSender(file))).isZero();
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(2);
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("Nguyễn Văn An").contains("mũi 2").startsWith("+84"));
            assertThat(w.registry.deliverReminders().outbox()).allSatisfy(r -> assertThat(r.sentAt()).isNotNull());
        }
    }
}
