package org.vaxline.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.TestStores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vaxline bench} at a tiny scale on both stores, so that it keeps working (the benchmark itself never runs in tests). */
class BenchCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void measuresEveryPhaseBesideItsBareReferenceAndCleansUp(Dialect dialect) throws Exception {
        List<String> store = dialect == Dialect.POSTGRESQL ? List.of("--db", TestStores.postgresUrl()) : List.of();
        Path json = dir.resolve("figures.json");
        Path work = dir.resolve("work");
        List<String> args = new ArrayList<>(List.of("bench", "--people", "200", "--clients", "4", "--seconds", "1",
                "--read-clients", "2", "--read-seconds", "0.3", "--warm-up", "0", "--import-batch", "50", "--json", json.toString(),
                "--work", work.toString()));

        CliRun run = CliRun.run(store, args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("(a) import doses", "(b) online doses over HTTP", "(c) a name search", "100%");
        assertThat(run.out()).contains("(a) bulk import of doses", "(b) online doses, 4 clients", "(c) coverage by province",
                "(c) coverage by commune", "(c) coverage by commune, nationwide", "(c) national stock on hand", "(c) a person by id", "(c) a name search", "ratio");
        JsonNode figures = Json.mapper().readTree(json.toFile());
        assertThat(figures.get("people").asInt()).isEqualTo(200);
        assertThat(figures.get("importedDoses").asInt()).as("about 2.5 doses a person, one in ten left for the online run")
                .isBetween(350, 550);
        assertThat(figures.get("importedDosesRefused").asInt()).as("the generated doses follow every rule").isZero();
        assertThat(figures.get("importBatch").asInt()).isEqualTo(50);
        if (dialect == Dialect.POSTGRESQL) {
            assertThat(figures.get("importBytesWrittenPerDose").asLong()).as("the server's log grew with each dose").isPositive();
        } else if (Files.isReadable(Path.of("/proc/self/io"))) {
            assertThat(figures.has("importBytesWrittenPerDose")).as("this process's writes, read from Linux").isTrue();
        }
        assertThat(figures.get("figures")).hasSize(8).allSatisfy(f -> {
            assertThat(f.get("perSecond").asDouble()).as(f.get("name").asText()).isPositive();
            assertThat(f.get("barePerSecond").asDouble()).as(f.get("name").asText()).isPositive();
            assertThat(f.get("ratioToBare").isNumber()).as(f.get("name").asText()).isTrue();
            if (f.has("failures")) {
                assertThat(f.get("failures").asInt()).as(f.get("name").asText()).isZero();
                assertThat(f.get("p99Millis").asDouble()).isPositive();
            }
        });
        assertThat(figures.at("/memory/peakHeapMiB").asLong()).isPositive();
        assertThat(figures.at("/memory/vmRssMiB").asLong()).isPositive();
        assertThat(Files.list(work)).as("the store and the generated files are removed").isEmpty();
    }

    @Test
    void refusesAnImportBatchOfNoRowsBeforeMakingAStore() {
        Path work = dir.resolve("never");
        CliRun run = CliRun.run(List.of(), "bench", "--people", "10", "--import-batch", "0", "--work", work.toString());

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--import-batch");
        assertThat(Files.exists(work)).as("nothing was made").isFalse();
    }

    /**
     * A kept run's store measured again for its reads alone, and for online doses alone (to the people its own online
     * run did not reach), migrated and kept; a store of another size is refused.
     */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void measuresTheReadsAndTheOnlineDosesAgainOnTheStoreAKeptRunLeft(Dialect dialect) throws Exception {
        Path work = dir.resolve("kept");
        List<String> store = dialect == Dialect.POSTGRESQL ? List.of("--db", TestStores.postgresUrl()) : List.of();
        // one client for a fifth of a second: some of the 120 people of the online pool get a first dose, not all
        CliRun kept = CliRun.run(store, "bench", "--people", "600", "--clients", "1", "--seconds", "0.2", "--read-clients", "2",
                "--read-seconds", "0.2", "--warm-up", "0", "--work", work.toString(), "--keep");
        assertThat(kept.exitCode()).as(kept.err()).isZero();
        List<String> keptStore = List.of();
        if (dialect == Dialect.POSTGRESQL) {
            java.util.regex.Matcher schema = java.util.regex.Pattern.compile("currentSchema=(bench_[0-9]+)").matcher(kept.err());
            assertThat(schema.find()).as("the kept schema is named: " + kept.err()).isTrue();
            String url = TestStores.postgresUrl();
            keptStore = List.of("--db", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema.group(1));
        }
        Path json = dir.resolve("reads.json");

        CliRun reads = CliRun.run(keptStore, "bench", "--reads-only", "--people", "600", "--read-clients", "2",
                "--read-seconds", "0.2", "--warm-up", "0", "--work", work.toString(), "--json", json.toString());

        assertThat(reads.exitCode()).as(reads.err()).isZero();
        assertThat(reads.out()).contains("(c) coverage by province", "(c) national stock on hand", "(c) a name search")
                .doesNotContain("(a) bulk import of doses", "(b) online doses");
        JsonNode figures = Json.mapper().readTree(json.toFile());
        assertThat(figures.get("readsOnly").asBoolean()).isTrue();
        assertThat(figures.get("figures")).hasSize(6).allSatisfy(f -> {
            assertThat(f.get("perSecond").asDouble()).as(f.get("name").asText()).isPositive();
            assertThat(f.get("failures").asInt()).as(f.get("name").asText()).isZero();
        });

        Path onlineJson = dir.resolve("online.json");
        CliRun online = CliRun.run(keptStore, "bench", "--online-only", "--people", "600", "--clients", "2", "--seconds", "0.3",
                "--warm-up", "0", "--work", work.toString(), "--json", onlineJson.toString());

        assertThat(online.exitCode()).as(online.err()).isZero();
        assertThat(online.out()).contains("(b) online doses, 2 clients").doesNotContain("(a) bulk import of doses", "(c) a name search");
        JsonNode onlineFigures = Json.mapper().readTree(onlineJson.toFile());
        assertThat(onlineFigures.get("onlineOnly").asBoolean()).isTrue();
        assertThat(onlineFigures.get("figures")).singleElement().satisfies(f -> {
            assertThat(f.get("requests").asInt()).as("doses recorded").isPositive();
            // a first dose today to someone the kept run already dosed would be refused, and counted here
            assertThat(f.get("failures").asInt()).as("only people without a dose were sent").isZero();
        });
        assertThat(onlineFigures.has("memory")).isTrue();
        JsonNode writer = onlineFigures.get("onlineDoseWriter");
        assertThat(writer.get("batches").asLong()).as("the writer's batches in the measured time").isPositive();
        assertThat(writer.get("meanBatch").asDouble()).isBetween(1.0, 2.0); // two clients
        double percents = writer.get("idlePercent").asDouble() + writer.get("readPercent").asDouble()
                + writer.get("decidePercent").asDouble() + writer.get("writePercent").asDouble();
        assertThat(percents).isBetween(99.5, 100.5);
        // CPU is read in ticks of 10 ms, too coarse for a third of a second to name every kind of thread
        assertThat(onlineFigures.get("onlineCpuMicrosPerDose").isObject()).isTrue();
        onlineFigures.get("onlineCpuMicrosPerDose").forEach(micros -> assertThat(micros.asLong()).isPositive());
        JsonNode ceiling = onlineFigures.get("onlineCeiling");
        if (dialect == Dialect.SQLITE) {
            assertThat(ceiling.get("limit").asText()).isIn("the dose writer", "the cores");
            assertThat(ceiling.get("serverMicrosPerDose").asLong()).isGreaterThanOrEqualTo(ceiling.get("writerMicrosPerDose").asLong());
        } else {
            // the database server's CPU is in its own processes: no bound from this one's threads
            assertThat(ceiling.asText()).contains("not in this process");
        }

        CliRun both = CliRun.run(keptStore, "bench", "--online-only", "--reads-only", "--people", "600", "--work", work.toString());
        assertThat(both.exitCode()).isNotZero();
        assertThat(both.err()).contains("--reads-only and --online-only: choose one");

        CliRun other = CliRun.run(keptStore, "bench", "--reads-only", "--people", "601", "--read-seconds", "0.2",
                "--work", work.toString());
        assertThat(other.exitCode()).isNotZero();
        assertThat(other.err()).contains("the store holds 600 people where --people is 601");
        if (dialect == Dialect.SQLITE) {
            assertThat(Files.exists(work.resolve("store"))).as("the store is kept").isTrue();
        } else {
            try (var c = java.sql.DriverManager.getConnection(TestStores.postgresUrl()); var drop = c.createStatement()) {
                drop.execute("DROP SCHEMA " + keptStore.get(1).replaceAll(".*currentSchema=", "") + " CASCADE");
            }
        }
    }
}
