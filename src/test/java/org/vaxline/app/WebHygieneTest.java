package org.vaxline.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.ContractClient;
import org.vaxline.testing.ContractClient.Answer;
import org.vaxline.testing.RawHttp;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served application as a browser meets it: pages carry a content security policy that the start page lives
 * with (its script and styles are files of this server), cannot be framed and send no referrer; API answers are never
 * cached; the web server's own errors (a path with {@code /../}, a URI too long) are problem documents too.
 */
class WebHygieneTest {
    @TempDir
    static Path tempDir;
    private static Vaxline vaxline;
    private static HttpServer server;
    private static ContractClient web;

    @BeforeAll
    static void start() {
        vaxline = new Vaxline(Store.embedded(tempDir.resolve("data")), Clock.systemUTC());
        server = ApiServer.start(vaxline, "127.0.0.1", 0);
        web = new ContractClient("http://127.0.0.1:" + server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        vaxline.close();
    }

    @Test
    void theStartPageHasAPolicyThatAllowsOnlyItsOwnFilesAndNoFraming() {
        Answer page = web.send("GET", "/", null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        var headers = page.raw().headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe-eval")
                .contains("frame-ancestors 'none'"));
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).as("no inline script: the policy would block it").doesNotContainPattern("<script>\\s*\\S");
    }

    @Test
    void everyFileThePageLoadsIsServedUnderThePolicy() {
        String page = web.send("GET", "/developers", null, null).body();
        var files = java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page).results()
                .map(m -> m.group(1)).toList();
        assertThat(files).as("the developers page: its script, Swagger UI and styles").hasSizeGreaterThanOrEqualTo(3);
        for (String file : files) {
            Answer loaded = web.send("GET", file, null, null);
            assertThat(loaded.status()).as(file).isEqualTo(200);
            assertThat(loaded.raw().headers().firstValue("X-Content-Type-Options")).as(file).hasValue("nosniff");
        }
    }

    @Test
    void apiAnswersAreNeverCached() {
        for (String path : new String[]{"/api/v1/health", "/api/v1/openapi.json", "/api/v1/products", "/api/v1/nowhere"}) {
            Answer answer = web.send("GET", path, null, null);
            assertThat(answer.raw().headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(answer.raw().headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void anUnknownPageIsA404Problem() {
        Answer missing = web.send("GET", "/no-such-page.html", null, null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().path("code").asText()).isEqualTo("NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../etc/passwd", "/%2e%2e/index.html", "/webjars/%2e%2e/%2e%2e/index.html"})
    void aPathLeavingTheRootIsTheWebServersOwn400AsAProblem(String path) throws IOException {
        RawHttp.Answer answer = RawHttp.send(server.port(), "GET " + path + " HTTP/1.1", Map.of());
        assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(400);
        assertProblem(answer, "MALFORMED_REQUEST");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/../api/v1/health", "/webjars/../index.html", "/api/v1/%2F/health", "/a%5c..%5cindex.html"})
    void aPathWithDotSegmentsOrEncodedSlashesIsAProblemNotAPage(String path) throws IOException {
        RawHttp.Answer answer = RawHttp.send(server.port(), "GET " + path + " HTTP/1.1", Map.of());
        assertThat(answer.status()).as(path + " " + answer.body()).isIn(400, 401, 404);
        assertProblem(answer, null);
    }

    private static void assertProblem(RawHttp.Answer answer, String code) throws IOException {
        assertThat(answer.header("Content-Type")).as(answer.body()).startsWith("application/problem+json");
        JsonNode problem = Json.mapper().readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
        if (code != null) {
            assertThat(problem.path("code").asText()).isEqualTo(code);
        }
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aUriTooLongIsA414Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.send(server.port(), "GET /?" + "a".repeat(20_000) + " HTTP/1.1", Map.of());
        assertThat(answer.status()).isEqualTo(414);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Json.mapper().readTree(answer.body()).path("code").asText()).isEqualTo("URI_TOO_LONG");
    }
}
