package org.vaxline.app.bench;

import org.vaxline.app.Vaxline;
import org.vaxline.app.demo.DemoScenario;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.platform.store.StoreBackup;
import org.vaxline.testing.TestStores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How long {@code vaxline backup} takes on a national-size store: the demo, then PEOPLE more persons (default one
 * million) and one dose each, written by SQL batches into the real, migrated schema (their projections and chains are
 * not written: a registration or a dose through the use cases would take hours, and the backup copies tables, it does
 * not read them). Then StoreBackup.backup, what the command runs, timed, with the file's size. Never run by
 * {@code mvn test} (BackupAtScaleTest runs it tiny); run it with
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.vaxline.app.bench.BackupAtScale [PEOPLE] [SQLITE|POSTGRESQL]}.
 */
public final class BackupAtScale {
    private static final int BATCH = 10_000;

    /** What one backup took. */
    public record Result(Dialect dialect, long persons, long doses, long millis, long bytes) {
    }

    private BackupAtScale() {
    }

    public static void main(String[] args) throws Exception {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        for (Dialect dialect : args.length > 1 ? new Dialect[]{Dialect.valueOf(args[1])} : Dialect.values()) {
            Path dir = Files.createTempDirectory("vaxline-backup-bench");
            try (Vaxline app = new Vaxline(TestStores.open(dialect, dir), Clock.systemDefaultZone())) {
                new DemoScenario(app).loadOnce();
                long start = System.nanoTime();
                fill(app.store(), people);
                System.out.printf("%s: wrote %,d persons and doses in %.0f s%n", dialect, people, (System.nanoTime() - start) / 1e9);
                Result r = backup(dialect, app.store(), dir.resolve("vaxline.backup"));
                System.out.printf("%s: backup of %,d persons and %,d doses took %.1f s, file %.1f MB%n", r.dialect(), r.persons(),
                        r.doses(), r.millis() / 1e3, r.bytes() / 1e6);
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** Adds people persons, and a dose each copied from one of the demo's doses, in transactions of {@value #BATCH}. */
    public static void fill(Store store, int people) {
        UUID template = store.read(h -> h.createQuery("SELECT id FROM doses ORDER BY id LIMIT 1").mapTo(UUID.class).one());
        UUID site = store.read(h -> h.createQuery("SELECT site_id FROM doses WHERE id = :id").bind("id", template).mapTo(UUID.class).one());
        String province = store.read(h -> h.createQuery("SELECT province_code FROM doses WHERE id = :id").bind("id", template)
                .mapTo(String.class).one());
        Instant at = Instant.parse("2021-10-01T09:00:00Z");
        for (int from = 0; from < people; from += BATCH) {
            int first = from;
            int to = Math.min(people, from + BATCH);
            store.inTransaction(h -> {
                var persons = h.prepareBatch("""
                        INSERT INTO persons (id, identity_type, identity_number, full_name, normalized_name, date_of_birth, sex,
                            phone, province_code, commune_id, priority_group, registration_site_id, recorded_at, recorded_by)
                        VALUES (:id, 'CCCD', :number, :name, :name, :born, 'FEMALE', NULL, :province, NULL, 'GENERAL', :site, :at, 'bench')""");
                var doses = h.prepareBatch("""
                        INSERT INTO doses (id, person_id, product_id, lot_id, site_id, province_code, given_on, dose_number,
                            series_code, kind, stock_request_id, recorded_at, recorded_by)
                        SELECT :id, :person, product_id, lot_id, site_id, province_code, given_on, 1, series_code, kind, :request,
                            recorded_at, 'bench' FROM doses WHERE id = :template""");
                for (int i = first; i < to; i++) {
                    UUID person = Ids.newId();
                    persons.bind("id", person).bind("number", String.format("0019%08d", i)).bind("name", "nguoi do " + i)
                            .bind("born", LocalDate.of(1960, 1, 1).plusDays(i % 20_000)).bind("province", province)
                            .bind("site", site).bind("at", at).add();
                    doses.bind("id", Ids.newId()).bind("person", person).bind("request", Ids.newId()).bind("template", template).add();
                }
                persons.execute();
                doses.execute();
                return null;
            });
        }
    }

    /** Runs the backup the command runs, and measures it. */
    public static Result backup(Dialect dialect, Store store, Path file) throws java.io.IOException {
        long persons = store.read(h -> h.createQuery("SELECT COUNT(*) FROM persons").mapTo(Long.class).one());
        long doses = store.read(h -> h.createQuery("SELECT COUNT(*) FROM doses").mapTo(Long.class).one());
        long start = System.nanoTime();
        StoreBackup.backup(store, file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(dialect, persons, doses, millis, Files.size(file));
    }
}
