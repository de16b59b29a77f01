package org.vaxline.fhir.bench;

import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The store alone doing what the FHIR figures measure, to print beside them: dose-sized rows inserted in one batched
 * transaction (into a table of its own), a scan of every person and dose row reading each column, and one person row
 * selected by id.
 */
final class BareStore {
    private final Store store;

    BareStore(Store store) {
        this.store = store;
    }

    double insertPerSecond(int rows) throws SQLException {
        String day = store.dialect() == Dialect.POSTGRESQL ? "date" : "TEXT";
        return store.jdbi().withHandle(h -> {
            Connection c = h.getConnection();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS bench_fhir_bare (id text PRIMARY KEY, person_id text, product_id text,"
                        + " lot_id text, site_id text, given_on " + day + ")");
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_fhir_bare VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, UUID.randomUUID().toString());
                    insert.setString(3, "p");
                    insert.setString(4, "l");
                    insert.setString(5, "s");
                    insert.setObject(6, java.time.LocalDate.of(2021, 9, 30));
                    insert.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                c.commit();
            } finally {
                c.setAutoCommit(autoCommit);
            }
            return FhirBenchmark.rate(rows, System.nanoTime() - start);
        });
    }

    double scanPerSecond() throws SQLException {
        return store.jdbi().withHandle(h -> {
            Connection c = h.getConnection();
            long start = System.nanoTime();
            long rows = 0;
            for (String table : List.of("persons", "doses")) {
                try (Statement s = c.createStatement()) {
                    s.setFetchSize(1000);
                    boolean autoCommit = c.getAutoCommit();
                    c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
                    try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                rs.getObject(i);
                            }
                            rows++;
                        }
                    } finally {
                        c.commit();
                        c.setAutoCommit(autoCommit);
                    }
                }
            }
            return FhirBenchmark.rate(rows, System.nanoTime() - start);
        });
    }

    double[] readLatenciesMs(List<UUID> ids, int reads) throws SQLException {
        return store.jdbi().withHandle(h -> {
            Connection c = h.getConnection();
            Random random = new Random(7);
            double[] latencies = new double[reads];
            try (PreparedStatement select = c.prepareStatement("SELECT * FROM persons WHERE id = ?")) {
                for (int i = 0; i < reads; i++) {
                    UUID id = ids.get(random.nextInt(ids.size()));
                    long s = System.nanoTime();
                    select.setObject(1, store.dialect() == Dialect.POSTGRESQL ? id : id.toString());
                    try (ResultSet rs = select.executeQuery()) {
                        if (!rs.next()) {
                            throw new SQLException("no person " + id);
                        }
                        int columns = rs.getMetaData().getColumnCount();
                        for (int k = 1; k <= columns; k++) {
                            rs.getObject(k);
                        }
                    }
                    latencies[i] = (System.nanoTime() - s) / 1e6;
                }
            }
            return latencies;
        });
    }
}
