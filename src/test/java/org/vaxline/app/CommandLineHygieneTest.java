package org.vaxline.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line's input and output border: text with control characters or past the length limit, and dates
 * outside the sane years, are one line on stderr and exit 2 for every command; text stored before input was checked
 * is printed with its control characters escaped, never raw.
 */
class CommandLineHygieneTest {
    private static final String AGREEMENT = "0192f0c4-0000-7000-8000-000000000001";
    private static final String DELIVERY = "0192f0c4-0000-7000-8000-000000000002";

    @TempDir
    Path tempDir;

    private List<String> store() {
        return List.of("--data", tempDir.resolve("data").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[2J", "\u0000", "line\rover", "\u007f", "\u009b31m"})
    void anOptionWithAControlCharacterIsOneLineAndExit2(String text) {
        CliRun run = CliRun.unmigrated(store(), "agreements", "reverse", AGREEMENT, DELIVERY, "--reason", "typo " + text);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .startsWith("error: ").contains("--reason").contains("control character");
        assertThat(run.err()).doesNotContain(text);
        assertThat(Files.exists(tempDir.resolve("data"))).as("refused before the store is opened").isFalse();
    }

    @Test
    void aPositionalParameterIsCheckedToo() {
        CliRun run = CliRun.run(store(), "persons", "find", "nguyen\u001b]0;owned\u0007");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("control character");
    }

    @Test
    void textOverTheLimitIsOneLineNamingTheLimit() {
        CliRun run = CliRun.run(store(), "agreements", "reverse", AGREEMENT, DELIVERY, "--reason", "x".repeat(100_000));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("--reason").contains("2000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "-0001-01-01", "+99999-01-01", "1899-12-31", "2200-01-01", "2021-02-30", "12345"})
    void aDateOutsideTheRulesIsOneLineAndExit2(String date) {
        CliRun run = CliRun.run(store(), "agreements", "deliver", AGREEMENT, "--quantity", "1", "--date=" + date);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().startsWith("error: ").contains("--date");
    }

    @Test
    void aDateInsideTheRulesPassesTheBorder() {
        CliRun run = CliRun.run(store(), "agreements", "deliver", AGREEMENT, "--quantity", "1", "--date", "2021-10-15");
        assertThat(run.exitCode()).as("the agreement does not exist: the date was read").isEqualTo(3);
    }

    @Test
    void anUnknownOptionIsOneLineToo() {
        CliRun run = CliRun.run(store(), "agreements", "list", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().startsWith("error: ").contains("--no-such-option");
    }

    @Test
    void storedControlCharactersArePrintedEscaped() throws Exception {
        String name = "Trạm \u001b[31mĐỎ\u001b[0m\rover\u0085\u001d";
        try (Store store = Store.embedded(tempDir.resolve("data"))) {
            store.inTransaction(h -> h.createUpdate("INSERT INTO facility (id, code, name, type) VALUES (:id, 'OLD-1', :name, 'NATIONAL_STORE')")
                    .bind("id", UUID.randomUUID()).bind("name", name).execute());
        }

        CliRun table = CliRun.run(store(), "facilities", "list");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("Trạm \\u001b[31mĐỎ\\u001b[0m\\u000dover\\u0085\\u001d")
                .doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u0085");

        CliRun json = CliRun.run(store(), "facilities", "list", "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).doesNotContain("\u001b").doesNotContain("\r").doesNotContain("\u0085");
        JsonNode listed = Json.mapper().readTree(json.out());
        assertThat(listed.findValuesAsText("name")).as("the JSON still reads back as the stored text").contains(name);
    }
}
