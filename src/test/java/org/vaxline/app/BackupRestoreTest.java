package org.vaxline.app;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.person.domain.IdentityType;
import org.vaxline.person.domain.NewPerson;
import org.vaxline.person.domain.Sex;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.application.DoseRequest;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code vaxline backup} while a thread records doses (each a dose and a stock movement) into the same store, then
 * {@code vaxline restore} into an empty store, on both stores: the copy is consistent (its chains verify, every projection
 * equals a rebuild), the restore prints the digests the backup printed, and a store that holds data is refused.
 */
class BackupRestoreTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBackupTakenDuringWritesRestoresWhole(Dialect dialect) throws Exception {
        // the demo as loaded today, copied (TestStores)
        String url = dialect == Dialect.SQLITE ? Store.embeddedUrl(TestStores.demoDataDir(tempDir.resolve("live"))) : TestStores.demoPostgresUrl();
        List<String> live = dialect == Dialect.SQLITE ? List.of("--data", tempDir.resolve("live").toString()) : List.of("--db", url);
        String restoredDb = null;
        List<String> target;
        if (dialect == Dialect.SQLITE) {
            target = List.of("--data", tempDir.resolve("restored").toString());
        } else {
            restoredDb = "r_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
            execute(TestStores.postgresUrl(), "CREATE DATABASE " + restoredDb);
            target = List.of("--db", TestStores.postgresUrl().replaceFirst("/[^/?]+\\?", "/" + restoredDb + "?"));
        }
        try (Vaxline app = new Vaxline(dialect == Dialect.SQLITE ? Store.embedded(tempDir.resolve("live")) : Store.open(url),
                Clock.systemDefaultZone())) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger recorded = new AtomicInteger();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
            java.util.concurrent.Future<?> writer = pool.submit(() -> recordDoses(app, stop, recorded));
            awaitDoses(recorded, 3, writer);
            int before = recorded.get();
            CliRun backup = CliRun.run(live, "backup", tempDir.resolve("store.backup").toString());
            int during = recorded.get() - before;
            awaitDoses(recorded, before + during + 3, writer);
            stop.set(true);
            writer.get();
            pool.shutdown();

            assertThat(backup.exitCode()).as(backup.err()).isZero();
            System.out.printf("%s: backup of the demo store while %d doses were recorded: %s%n", dialect, during,
                    backup.out().lines().findFirst().orElse(""));
            List<String> digests = backup.out().lines().filter(l -> l.startsWith("ledger ")).toList();
            assertThat(digests).hasSize(org.vaxline.platform.ledger.ChainedLedgers.ALL.size());

            CliRun restore = CliRun.run(target, "restore", tempDir.resolve("store.backup").toString());
            assertThat(restore.exitCode()).as(restore.out() + restore.err()).isZero();
            assertThat(restore.out().lines().filter(l -> l.startsWith("ledger ")).toList()).isEqualTo(digests);
            assertThat(restore.out()).doesNotContain("BROKEN").doesNotContain("differed");
            assertThat(restore.out().lines().filter(l -> l.startsWith("intact ")).count()).isEqualTo(org.vaxline.platform.ledger.ChainedLedgers.ALL.size());
            assertThat(restore.out().lines().filter(l -> l.endsWith("equals a rebuild")).count()).isEqualTo(6);

            long dosesInCopy = Long.parseLong(digests.stream().filter(l -> l.contains(" doses ")).findFirst().orElseThrow()
                    .trim().split("\\s+")[2]);
            long dosesLive = app.store().read(h -> h.createQuery("SELECT COUNT(*) FROM doses").mapTo(Long.class).one());
            assertThat(dosesInCopy).isLessThan(dosesLive); // the writer went on after the copy was taken

            CliRun again = CliRun.run(target, "restore", tempDir.resolve("store.backup").toString());
            assertThat(again.exitCode()).isEqualTo(4);
            assertThat(again.err()).contains("STORE_NOT_EMPTY");
            assertThat(CliRun.run(live, "backup", tempDir.resolve("store.backup").toString()).err()).contains("BACKUP_FILE_EXISTS");
            assertThat(CliRun.run(target, "ledger", "verify").exitCode()).isZero();
        } finally {
            if (restoredDb != null) {
                execute(TestStores.postgresUrl(), "DROP DATABASE IF EXISTS " + restoredDb + " WITH (FORCE)");
            }
        }
    }

    private static void awaitDoses(AtomicInteger recorded, int count, java.util.concurrent.Future<?> writer) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (recorded.get() < count) {
            if (writer.isDone()) {
                writer.get(); // the writer's failure, if it failed
                throw new AssertionError("the writer stopped after " + recorded.get() + " doses");
            }
            assertThat(System.nanoTime()).as("doses recorded in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** Registers people and gives each a first dose at a demo site from a usable lot there, until told to stop. */
    private static void recordDoses(Vaxline app, AtomicBoolean stop, AtomicInteger recorded) {
        Actor admin = Actor.operator("writer");
        LocalDate today = LocalDate.now(app.clock());
        OnHandReport.Line stock = app.stock().queries().onHand(null, "01", null, null).lines().stream()
                .filter(l -> l.facilityCode().startsWith("SITE-") && !l.onHold() && l.status() == LotStatus.RELEASED
                        && !l.expiresOn().isBefore(today) && l.quantity() > 100)
                .findFirst().orElseThrow();
        for (int i = 0; !stop.get(); i++) {
            UUID person = app.persons().registerPerson().register(admin, new NewPerson(Ids.newId(), IdentityType.CCCD,
                    String.format("001090%06d", 500_000 + i), "Người Ghi Thử " + i, LocalDate.parse("1990-05-14"), Sex.MALE,
                    null, "01", null, null, null, true)).value().id();
            app.registry().recordDose().record(admin, new DoseRequest(Ids.newId(), person, stock.productId(), stock.lotId(),
                    stock.facilityId(), today, null, null));
            recorded.incrementAndGet();
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (var c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
