package org.vaxline.app.bench;

import org.jdbi.v3.core.Handle;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the store alone does with the same work, to put each figure beside: the same dose rows inserted bare (SQLite:
 * one prepared batch in one transaction; PostgreSQL: COPY through pgjdbc's CopyManager), and one insert per durable
 * transaction. Into tables of their own (bench_bare_*), so they never touch the application's data.
 */
final class BareReference {
    private final Store store;

    BareReference(Store store) {
        this.store = store;
        String day = store.dialect() == Dialect.POSTGRESQL ? "date" : "TEXT";
        store.inTransaction(h -> {
            h.execute("CREATE TABLE IF NOT EXISTS bench_bare_doses (id_number text, id_type text, product_code text,"
                    + " lot_number text, site_code text, given_on " + day + ")");
            h.execute("CREATE TABLE IF NOT EXISTS bench_bare_online (id text PRIMARY KEY, person_id text, lot_id text,"
                    + " site_id text, given_on " + day + ")");
            return null;
        });
    }

    /** Inserts the rows of a dose CSV (header first); answers the rows inserted. */
    long bulkInsert(Path csv, PhaseProgress progress) {
        return store.jdbi().withHandle(h -> {
            Connection connection = h.getConnection();
            try {
                return store.dialect() == Dialect.POSTGRESQL ? copy(connection, csv) : batch(connection, csv, progress);
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("bare insert failed: " + e.getMessage(), e);
            }
        });
    }

    private static long copy(Connection connection, Path csv) throws SQLException, IOException {
        CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return copy.copyIn("COPY bench_bare_doses (id_number, id_type, product_code, lot_number, site_code, given_on)"
                    + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        }
    }

    private static long batch(Connection connection, Path csv, PhaseProgress progress) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_bare_doses"
                     + " (id_number, id_type, product_code, lot_number, site_code, given_on) VALUES (?, ?, ?, ?, ?, ?)")) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                for (int i = 0; i < 6; i++) {
                    insert.setString(i + 1, f[i]);
                }
                insert.addBatch();
                if (++rows % 1000 == 0) {
                    insert.executeBatch();
                    progress.advance(1000);
                }
            }
            insert.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return rows;
    }

    /** One dose row in a durable transaction of its own. */
    void insertOne(UUID person, UUID lot, UUID site, LocalDate day) {
        store.inTransaction((Handle h) -> h.createUpdate("INSERT INTO bench_bare_online (id, person_id, lot_id, site_id, given_on)"
                        + " VALUES (:id, :person, :lot, :site, :day)")
                .bind("id", UUID.randomUUID().toString()).bind("person", person.toString()).bind("lot", lot.toString())
                .bind("site", site.toString()).bind("day", day).execute());
    }
}
