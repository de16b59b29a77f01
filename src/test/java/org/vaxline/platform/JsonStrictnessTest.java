package org.vaxline.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.text.SafeText;
import org.vaxline.testing.ContractClient.Answer;
import org.vaxline.testing.ModuleServer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Request bodies are read strictly, once, for every endpoint: over real HTTP, a body that is not exactly one JSON
 * document of the right types answers 400 naming the field at fault; text carries no control characters and has a
 * length limit; dates are {@code YYYY-MM-DD} strings in the years 1900 to 2199.
 */
class JsonStrictnessTest {
    /** What a feature's request record looks like: text, numbers, a flag, a date, an instant, a list of text. */
    record Probe(String title, Integer quantity, Long total, Boolean flag, LocalDate on, Instant at, List<String> tags) {
    }

    private static ModuleServer server;

    @BeforeAll
    static void start() {
        Actor admin = new Actor("admin", Role.NATIONAL_ADMIN, null, null);
        server = ModuleServer.start(Map.of("t", admin), routes -> {
            routes.post("/api/v1/probe", ctx -> ctx.json(Requests.body(ctx, Probe.class)));
            routes.get("/api/v1/probe", ctx -> ctx.json(Map.of("on", String.valueOf(Requests.queryDate(ctx, "on")),
                    "q", String.valueOf(ctx.queryParam("q")))));
        });
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Answer post(String body) {
        return server.client().send("POST", "/api/v1/probe", "t", body);
    }

    @Test
    void aWellFormedBodyIsRead() {
        Answer ok = post("""
                {"title": "Nguyễn Văn An\\tline one\\nline two", "quantity": 12, "tags": ["010850123400001610C2102\\u001d17220331"], "total": 9000000000, "flag": true,
                 "on": "2021-10-06", "at": "2021-10-02T08:00:00+07:00"}""");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("title").asText()).isEqualTo("Nguyễn Văn An\tline one\nline two");
        assertThat(ok.json().path("tags").get(0).asText()).as("a scanned GS1 label keeps its GS separator")
                .isEqualTo("010850123400001610C2102\u001d17220331");
        assertThat(ok.json().path("on").asText()).isEqualTo("2021-10-06");
        assertThat(ok.json().path("at").asText()).isEqualTo("2021-10-02T01:00:00Z");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trailing garbage             | {"title": "x"} xyz                    | body
            a second document            | {"title": "x"} {"title": "y"}        | body
            a string for a number        | {"quantity": "12"}                    | quantity
            a string for a long          | {"total": "12"}                       | total
            a string for true            | {"flag": "true"}                      | flag
            a number for true            | {"flag": 1}                           | flag
            a number for text            | {"title": 12}                         | title
            true for text                | {"title": true}                       | title
            an object for text           | {"title": {"a": 1}}                   | title
            a number for a date          | {"on": 12345}                         | on
            an array for a date          | {"on": [2021, 10, 6]}                 | on
            a date and time for a date   | {"on": "2021-10-06T00:00:00"}         | on
            a day not in the calendar    | {"on": "2021-02-30"}                  | on
            year 0                       | {"on": "0000-01-01"}                  | on
            a year before Christ         | {"on": "-0001-01-01"}                 | on
            year 99999                   | {"on": "+99999-01-01"}                | on
            the year 1899                | {"on": "1899-12-31"}                  | on
            the year 2200                | {"on": "2200-01-01"}                  | on
            a number for an instant      | {"at": 1633136400}                    | at
            an instant without offset    | {"at": "2021-10-02T08:00:00"}         | at
            an instant in year 99999     | {"at": "+99999-01-01T00:00:00Z"}      | at
            a number in a list of text   | {"tags": ["a", 2]}                    | tags[1]
            """)
    void aBodyThatIsNotExactlyRightIs400NamingTheField(String what, String body, String field) {
        Answer refused = post(body);
        assertThat(refused.status()).as(what).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asText()).isEqualTo("MALFORMED_REQUEST");
        assertThat(refused.json().path("errors").has(field)).as(what + ": errors " + refused.body()).isTrue();
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        Answer refused = post("{\"quantity\": 1, \"quantity\": 1000000}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asText()).contains("quantity");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0007", "000d", "001b", "007f", "0080", "009b", "009f"})
    void textWithAControlCharacterIsRefusedNamingTheField(String hex) {
        Answer refused = post("{\"tags\": [\"fine\"], \"title\": \"before\\u" + hex + "after\"}");
        assertThat(refused.status()).isEqualTo(400);
        JsonNode errors = refused.json().path("errors");
        assertThat(errors.path("title").asText()).contains("control character").containsIgnoringCase("U+" + hex);
    }

    @Test
    void textLongerThanTheLimitIsRefusedNamingTheFieldAndTheLimit() {
        assertThat(post("{\"title\": \"" + "a".repeat(SafeText.MAX_LENGTH) + "\"}").status()).isEqualTo(200);
        Answer refused = post("{\"title\": \"" + "a".repeat(100_000) + "\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").path("title").asText()).contains(String.valueOf(SafeText.MAX_LENGTH));
        Answer inAList = post("{\"tags\": [\"" + "a".repeat(SafeText.MAX_LENGTH + 1) + "\"]}");
        assertThat(inAList.json().path("errors").has("tags[0]")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"12345", "0000-01-01", "-0001-01-01", "+99999-01-01", "2021-13-01", "06/10/2021"})
    void aQueryDateOutsideTheRulesIs400NamingTheParameter(String date) {
        Answer refused = server.client().send("GET", "/api/v1/probe?on=" + java.net.URLEncoder.encode(date,
                java.nio.charset.StandardCharsets.UTF_8), "t", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").has("on")).isTrue();
        assertThat(server.client().send("GET", "/api/v1/probe?on=2021-10-06", "t", null).json().path("on").asText())
                .isEqualTo("2021-10-06");
    }

    @Test
    void aQueryTextWithAControlCharacterOrTooLongIs400NamingTheParameter() {
        Answer escape = server.client().send("GET", "/api/v1/probe?q=a%1Bb", "t", null);
        assertThat(escape.status()).isEqualTo(400);
        assertThat(escape.json().path("errors").path("q").asText()).contains("control character");
        Answer nul = server.client().send("GET", "/api/v1/probe?q=a%00b", "t", null);
        assertThat(nul.status()).isEqualTo(400);
        assertThat(server.client().send("GET", "/api/v1/probe?q=nguyen%20van", "t", null).json().path("q").asText())
                .isEqualTo("nguyen van");
    }
}
