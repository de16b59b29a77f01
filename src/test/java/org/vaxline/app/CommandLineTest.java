package org.vaxline.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.TestStores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user runs it, on a real SQLite file and a real PostgreSQL schema. */
class CommandLineTest {
    @TempDir
    Path tempDir;

    private List<String> store(Dialect dialect) {
        return dialect == Dialect.SQLITE
                ? List.of("--data", tempDir.resolve("data").toString())
                : List.of("--db", TestStores.freshPostgresSchemaUrl());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theDemoLoadsOnceAndItsAgreementsCanBeListedAndDeliveredAgainst(Dialect dialect) throws Exception {
        List<String> store = store(dialect);
        CliRun first = CliRun.run(store, "demo", "--load-only");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("demo scenario loaded").contains("  admin  vxl_");
        CliRun second = CliRun.run(store, "demo", "--load-only");
        assertThat(second.out()).contains("already in");

        CliRun list = CliRun.run(store, "agreements", "list", "--partner", "CUBA", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode agreements = Json.mapper().readTree(list.out());
        assertThat(agreements).hasSize(3);
        JsonNode abdala = agreements.findParents("title").stream()
                .filter(a -> a.path("title").asText().startsWith("Supply of 10 million")).findFirst().orElseThrow();
        assertThat(abdala.at("/commitments/0/delivered").decimalValue()).isEqualByComparingTo("1050000");
        assertThat(abdala.at("/commitments/0/committed").decimalValue()).isEqualByComparingTo("10000000");
        String agreementId = abdala.path("id").asText();

        CliRun deliver = CliRun.run(store, "agreements", "deliver", agreementId, "--quantity", "500000",
                "--date", "2021-10-15", "--reference", "second consignment");
        assertThat(deliver.exitCode()).as(deliver.err()).isZero();
        assertThat(deliver.out()).contains("recorded delivery");
        CliRun show = CliRun.run(store, "agreements", "show", agreementId);
        assertThat(show.out()).contains("1550000").contains("15.5%");

        CliRun tooMuch = CliRun.run(store, "agreements", "deliver", agreementId, "--quantity", "9000000", "--date", "2021-11-01");
        assertThat(tooMuch.exitCode()).isEqualTo(5);
        assertThat(tooMuch.errorLines()).hasSize(1);
        assertThat(tooMuch.errorLines().get(0)).startsWith("error: DELIVERY_EXCEEDS_COMMITMENT: ").contains("8450000");

        CliRun rebuild = CliRun.run(store, "agreements", "rebuild");
        assertThat(rebuild.out()).contains("matched");
    }

    @Test
    void badInputPrintsOneLineAndExitsNonZero() {
        List<String> store = store(Dialect.SQLITE);
        CliRun unknown = CliRun.run(store, "agreements", "show", "0192f0c4-0000-7000-8000-000000000001");
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.errorLines()).containsExactly(
                "error: NOT_FOUND: agreement 0192f0c4-0000-7000-8000-000000000001 does not exist");

        CliRun badDate = CliRun.run(store, "agreements", "deliver", "0192f0c4-0000-7000-8000-000000000001",
                "--quantity", "1", "--date", "24/09/2021");
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err()).contains("--date");

        CliRun badCommitment = CliRun.run(store, "agreements", "add", "--title", "x", "--commitment", "ABDALA:ten:2021-12-31");
        assertThat(badCommitment.exitCode()).isEqualTo(2);
        assertThat(badCommitment.errorLines()).hasSize(1);
        assertThat(badCommitment.errorLines().get(0)).contains("'ten'").contains("not a number");
    }

    @Test
    void helpNeedsNoStore() {
        Path data = tempDir.resolve("never-created");
        CliRun help = CliRun.unmigrated(List.of("--data", data.toString()), "agreements", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("deliver").contains("rebuild");
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void agreementsAddFromOptionsRecordsAGiftOfRiceInTonnes() {
        List<String> store = store(Dialect.SQLITE);
        assertThat(CliRun.run(store, "demo", "--load-only").exitCode()).isZero();
        CliRun add = CliRun.run(store, "agreements", "add", "--title", "Second rice gift", "--from", "VIETNAM", "--to", "CUBA",
                "--signed", "2022-01-10", "--kind", "GIFT", "--commitment", "RICE:5000.5:2022-06-30");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("recorded agreement").contains("5000.5 t").contains("OVERDUE");
    }
}
