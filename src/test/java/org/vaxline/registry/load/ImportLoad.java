package org.vaxline.registry.load;

import org.postgresql.PGConnection;
import org.vaxline.app.RegistryDoseRecorder;
import org.vaxline.app.Vaxline;
import org.vaxline.app.bench.StoreWrites;
import org.vaxline.facility.domain.Facility;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.registryimport.ImportModule;
import org.vaxline.registryimport.application.DoseRecorder;
import org.vaxline.registryimport.application.ImportRequest;
import org.vaxline.registryimport.application.ProgressListener;
import org.vaxline.registryimport.domain.ImportSummary;
import org.vaxline.testing.TestStores;

import java.io.BufferedWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A quick measure of bulk {@code import doses} for issue 13 (not the benchmark: {@code ./vaxline bench} is that): the
 * demo master data, a released lot in stock at every site, N/2 people inserted bare, then a file of N doses (each
 * person's first and second dose, 19 days apart) imported through the real path (validation, stock, schedule,
 * coverage, error report), beside a bare batched insert of the same rows into a plain table on the same store (SQLite:
 * one prepared batch in one transaction; PostgreSQL: COPY). Prints rows/s, the ratio and statements per dose.
 *
 * <pre>
 * mvn -B -q test-compile && java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.vaxline.registry.load.ImportLoad [--pg] [--rows 100000] [--batch 500] [--rowwise] [--count]
 * </pre>
 */
public final class ImportLoad {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-10-01T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate FIRST = LocalDate.parse("2021-08-01");
    private static final Actor ADMIN = new Actor("load.admin", Role.NATIONAL_ADMIN, null, null);

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        boolean pg = options.contains("--pg");
        int rows = intOption(options, "--rows", 100_000);
        int batch = intOption(options, "--batch", ImportRequest.DEFAULT_BATCH);
        Path dir = Files.createTempDirectory("import-load");
        Store store = pg ? Store.open(TestStores.freshPostgresSchemaUrl()) : Store.embedded(dir);
        try (Vaxline app = new Vaxline(store, CLOCK)) {
            LoadSupply supply = LoadSupply.stock(app, ADMIN, FIRST.minusDays(60));
            List<Facility> sites = supply.sites();
            int people = (rows + 1) / 2;
            insertPeople(store, sites, people);
            Path file = dir.resolve("doses.csv");
            writeFile(file, sites, people, rows);

            long bareStart = System.nanoTime();
            bareInsert(store, file);
            double bareSeconds = (System.nanoTime() - bareStart) / 1e9;

            ImportModule imports = new ImportModule(store, CLOCK, app.facilities().facilities(), app.persons(),
                    app.catalog().catalog(), app.lots().queries());
            RegistryDoseRecorder chunked = new RegistryDoseRecorder(() -> app.registry().recordDose());
            // --rowwise: the former path, each row recorded alone behind a savepoint (a plain recorder is not chunked)
            DoseRecorder recorder = options.contains("--rowwise") ? chunked::record : chunked;
            // statements are counted only when asked: the listener's own work (the SQL made one line) would be timed too
            AtomicLong statements = new AtomicLong();
            ImportSummary summary;
            var main = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuBefore = main.getCurrentThreadCpuTime();
            StoreWrites writes = new StoreWrites(store);
            var writtenBefore = writes.now();
            try (AutoCloseable ignored = options.contains("--count")
                    ? store.statements().listen(sql -> statements.incrementAndGet()) : () -> { }) {
                summary = imports.doses(recorder).run(ADMIN, new ImportRequest(file, dir.resolve("errors.csv"), batch),
                        ProgressListener.NONE);
            }
            double cpuSeconds = (main.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
            StoreWrites.perUnit(writtenBefore, writes.now(), rows).ifPresent(bytes -> System.out.printf(
                    "%s: %,d bytes written per row (%s)%n", store.dialect(), bytes, writes.what()));
            double importSeconds = summary.elapsed().toNanos() / 1e9;
            System.out.printf("%s: import doses%s of %,d rows (batch %d): %,d created, %,d failed in %.1f s: %,.0f rows/s;"
                            + " the importing thread's CPU %.1f s: %.0f µs per row (%,.0f rows/s per busy core)%s%n",
                    store.dialect(), options.contains("--rowwise") ? " row by row" : " in chunks", rows, batch, summary.created(), summary.failed(), importSeconds, rows / importSeconds,
                    cpuSeconds, cpuSeconds * 1e6 / rows, rows / cpuSeconds,
                    options.contains("--count") ? String.format("; %.1f statements per row", statements.get() / (double) rows) : "");
            System.out.printf("%s: bare %s of the same rows: %.2f s: %,.0f rows/s; the import is %.1f%% of it%n",
                    store.dialect(), store.dialect() == Dialect.POSTGRESQL ? "COPY" : "prepared batch in one transaction",
                    bareSeconds, rows / bareSeconds, 100 * bareSeconds / importSeconds);
            if (summary.failed() > 0) {
                System.out.println("first errors: " + Files.readAllLines(dir.resolve("errors.csv")).stream().limit(4).toList());
            }
        }
    }

    private static void insertPeople(Store store, List<Facility> sites, int people) {
        store.inTransaction(h -> {
            var batch = h.prepareBatch("""
                    INSERT INTO persons (id, identity_type, identity_number, full_name, normalized_name, date_of_birth, sex,
                        phone, province_code, commune_id, priority_group, registration_site_id, recorded_at, recorded_by)
                    VALUES (:id, 'CCCD', :number, :name, :name, :born, 'MALE', NULL, :province, :commune, 'HEALTH_WORKER', :site,
                        :at, 'load')""");
            for (int i = 0; i < people; i++) {
                Facility site = sites.get(i % sites.size());
                batch.bind("id", Ids.newId()).bind("number", number(i)).bind("name", "nguoi " + i)
                        .bind("born", LocalDate.of(1990, 5, 1)).bind("province", site.provinceCode()).bind("commune", site.parentId())
                        .bind("site", site.id()).bind("at", CLOCK.instant()).add();
            }
            batch.execute();
            return null;
        });
    }

    private static String number(int person) {
        return String.format("0010%02d%06d", 90, person);
    }

    /** Each person's first dose, then (after every first dose) each one's second, at the site they registered at. */
    private static void writeFile(Path file, List<Facility> sites, int people, int rows) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("so_giay_to,loai_giay_to,ma_san_pham,so_lo,ma_diem_tiem,ngay_tiem\n");
            for (int r = 0; r < rows; r++) {
                int person = r % people;
                LocalDate on = r < people ? FIRST : FIRST.plusDays(19);
                out.write(number(person) + ",CCCD,ABDALA,LOAD-1," + sites.get(person % sites.size()).code() + "," + on + "\n");
            }
        }
    }

    /** The rows as they are in the file, into a plain table with a primary key: what a store does at best. */
    private static void bareInsert(Store store, Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        store.inTransaction(h -> {
            h.execute("CREATE TABLE bare_doses (id VARCHAR(36) PRIMARY KEY, id_number VARCHAR(20), id_type VARCHAR(8), "
                    + "product VARCHAR(20), lot VARCHAR(20), site VARCHAR(20), given_on DATE)");
            return null;
        });
        store.inTransaction(h -> {
            Connection c = h.getConnection();
            if (store.dialect() == Dialect.POSTGRESQL) {
                StringBuilder copy = new StringBuilder(lines.size() * 80);
                for (String line : lines.subList(1, lines.size())) {
                    copy.append(UUID.nameUUIDFromBytes(line.getBytes(StandardCharsets.UTF_8))).append(',').append(line).append('\n');
                }
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bare_doses FROM STDIN WITH (FORMAT csv)",
                        new StringReader(copy.toString()));
            } else {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO bare_doses VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (String line : lines.subList(1, lines.size())) {
                        String[] f = line.split(",");
                        insert.setString(1, UUID.nameUUIDFromBytes(line.getBytes(StandardCharsets.UTF_8)).toString());
                        for (int i = 0; i < 6; i++) {
                            insert.setString(i + 2, f[i]);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            return null;
        });
    }

    private static int intOption(List<String> options, String name, int otherwise) {
        int at = options.indexOf(name);
        return at < 0 ? otherwise : Integer.parseInt(options.get(at + 1));
    }
}
