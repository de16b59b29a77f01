package org.vaxline.platform;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.testing.ContractClient.Answer;
import org.vaxline.testing.ModuleServer;
import org.vaxline.testing.RawHttp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer of the API, also the errors no route raises, is a problem document with the right status and the
 * headers that keep personal data out of caches: 404, 405 (with Allow), 413, 414, 415 and the web server's own 400.
 */
class HttpHygieneTest {
    record Things(List<String> names) {
    }

    private static ModuleServer server;
    private static int port;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Actor admin = new Actor("admin", Role.NATIONAL_ADMIN, null, null);
        server = ModuleServer.start(Map.of("t", admin), routes -> {
            routes.get("/api/v1/things", ctx -> ctx.json(Map.of("items", List.of())));
            routes.post("/api/v1/things", ctx -> ctx.json(Map.of("count", Requests.body(ctx, Things.class).names().size())));
            routes.post("/api/v1/things/{id}/close", ctx -> ctx.status(204));
        });
        port = server.client().send("GET", "/api/v1/things", "t", null).raw().uri().getPort();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertProblem(int status, String contentType, String body, String code) {
        assertThat(contentType).as(body).startsWith("application/problem+json");
        JsonNode problem = read(body);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("title").asText()).isNotBlank();
    }

    private static JsonNode read(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static void assertApiHeaders(HttpResponse<?> answer) {
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void anAnswerCarriesNoSniffAndNoStore() {
        Answer ok = server.client().send("GET", "/api/v1/things", "t", null);
        assertThat(ok.status()).isEqualTo(200);
        assertApiHeaders(ok.raw());
        Answer unauthenticated = server.client().send("GET", "/api/v1/things", null, null);
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertApiHeaders(unauthenticated.raw());
    }

    @Test
    void anUnknownPathIsA404Problem() {
        Answer nowhere = server.client().send("GET", "/api/v1/nowhere", "t", null);
        assertThat(nowhere.status()).isEqualTo(404);
        assertProblem(404, nowhere.contentType(), nowhere.body(), "NOT_FOUND");
        assertApiHeaders(nowhere.raw());
        Answer outsideTheApi = server.client().send("GET", "/nowhere", null, null);
        assertThat(outsideTheApi.status()).isEqualTo(404);
        assertProblem(404, outsideTheApi.contentType(), outsideTheApi.body(), "NOT_FOUND");
    }

    @Test
    void anotherMethodOnAKnownPathIsA405ProblemThatSaysWhichAreAllowed() {
        Answer wrong = server.client().send("DELETE", "/api/v1/things", "t", null);
        assertThat(wrong.status()).isEqualTo(405);
        assertProblem(405, wrong.contentType(), wrong.body(), "METHOD_NOT_ALLOWED");
        assertThat(wrong.raw().headers().firstValue("Allow")).hasValueSatisfying(allow ->
                assertThat(allow.split(",\\s*")).containsExactlyInAnyOrder("GET", "POST"));
        assertApiHeaders(wrong.raw());
        Answer withParameter = server.client().send("GET", "/api/v1/things/0192f0c4-0000-7000-8000-000000000001/close", "t", null);
        assertThat(withParameter.status()).isEqualTo(405);
        assertThat(withParameter.raw().headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void aBodyThatIsNotJsonIsA415Problem() {
        HttpResponse<String> plain = post("text/plain", "{\"names\": []}");
        assertThat(plain.statusCode()).isEqualTo(415);
        assertProblem(415, plain.headers().firstValue("Content-Type").orElse(null), plain.body(), "UNSUPPORTED_MEDIA_TYPE");
        assertApiHeaders(plain);
        assertThat(post(null, "{\"names\": []}").statusCode()).as("no content type").isEqualTo(415);
        assertThat(post("application/x-www-form-urlencoded", "names=a").statusCode()).isEqualTo(415);
        assertThat(post("application/json; charset=utf-8", "{\"names\": []}").statusCode()).isEqualTo(200);
        assertThat(post("application/merge-patch+json", "{\"names\": []}").statusCode()).isEqualTo(200);
        assertThat(server.client().send("POST", "/api/v1/things/0192f0c4-0000-7000-8000-000000000001/close", "t", null).status())
                .as("a POST without a body needs no content type").isEqualTo(204);
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemAndOneUnderItIsRead() {
        // The server refuses at the header's Content-Length, before it reads the body: a raw client announces 10 MB,
        // sends a little of it and reads the answer (a client still writing the rest could see the connection close).
        String huge = announceHugeBody(10 * 1024 * 1024);
        assertThat(huge).startsWith("HTTP/1.1 413");
        String headers = huge.substring(0, huge.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertThat(headers).contains("content-type: application/problem+json", "x-content-type-options: nosniff",
                "cache-control: no-store");
        assertThat(huge.substring(huge.indexOf("\r\n\r\n"))).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");

        String underTheLimit = "{\"names\": [" + "\"vaxline\",".repeat(90_000) + "\"end\"]}";
        assertThat(underTheLimit.length()).isGreaterThan(900_000);
        HttpResponse<String> large = post("application/json", underTheLimit);
        assertThat(large.statusCode()).isEqualTo(200);
        assertThat(read(large.body()).path("count").asInt()).isEqualTo(90_001);
    }

    @Test
    void aStreamedBodyWithoutALengthOverTheLimitIsA413Problem() throws Exception {
        byte[] body = ("{\"names\": [" + "\"vaxline\",".repeat(300_000) + "\"end\"]}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/things"))
                .header("Authorization", "Bearer t").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> chunked = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertProblem(413, chunked.headers().firstValue("Content-Type").orElse(null), chunked.body(), "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aUriTooLongIsA414Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET /api/v1/things?q=" + "a".repeat(20_000) + " HTTP/1.1",
                Map.of("Authorization", "Bearer t"));
        assertThat(answer.status()).isEqualTo(414);
        assertProblem(414, answer.header("content-type"), answer.body(), "URI_TOO_LONG");
        assertThat(answer.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(answer.header("cache-control")).isEqualTo("no-store");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/../api/v1/things", "/api/v1/things/%2e%2e/things", "/api/v1/%2F/things"})
    void aPathWithDotSegmentsMatchesNoRoute(String path) throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET " + path + " HTTP/1.1", Map.of("Authorization", "Bearer t"));
        assertThat(answer.status()).as(answer.body()).isIn(400, 404);
        assertProblem(answer.status(), answer.header("content-type"), answer.body(), answer.status() == 400 ? "MALFORMED_REQUEST" : "NOT_FOUND");
        assertThat(answer.header("x-content-type-options")).isEqualTo("nosniff");
    }

    /** Announces a JSON body of this many bytes, sends its first 64 KB, and reads what the server answers. */
    private static String announceHugeBody(int bytes) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/v1/things HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer t\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + bytes + "\r\n\r\n{\"names\": [\"")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write("a".repeat(64 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.net.SocketTimeoutException e) {
            throw new AssertionError("the server did not answer a body announced too large", e);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static HttpResponse<String> post(String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/things"))
                .header("Authorization", "Bearer t")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
