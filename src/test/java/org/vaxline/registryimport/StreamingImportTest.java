package org.vaxline.registryimport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.platform.store.Dialect;
import org.vaxline.registryimport.application.ImportRequest;
import org.vaxline.registryimport.domain.ImportSummary;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** 20,000 rows stream through in batches: the file is written and read line by line, never held. No timing asserted. */
class StreamingImportTest {
    @TempDir
    Path tmp;

    @Test
    void twentyThousandRowsOnSqlite() throws Exception {
        try (ImportWorld world = new ImportWorld(Dialect.SQLITE, tmp)) {
            Path file = tmp.resolve("big.csv");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(ImportWorld.PEOPLE_HEADER + "\n");
                for (int n = 1; n <= 20_000; n++) {
                    out.write(ImportWorld.person(n) + "\n");
                }
            }
            AtomicLong reports = new AtomicLong();
            ImportSummary summary = world.imports.persons().run(ImportWorld.ADMIN, ImportRequest.of(file),
                    (rows, bytes, total) -> reports.incrementAndGet());

            assertThat(summary.rows()).isEqualTo(20_000);
            assertThat(summary.created()).isEqualTo(20_000);
            assertThat(summary.failed()).isZero();
            assertThat(reports.get()).isEqualTo(20_000);
            assertThat(world.persons()).isEqualTo(20_000);
            System.out.printf("import persons: 20,000 rows on SQLite in %.1f s, %.0f rows/s%n",
                    summary.elapsed().toMillis() / 1000.0, summary.rowsPerSecond());
        }
    }
}
