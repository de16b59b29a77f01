package org.vaxline.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.store.Store;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator watches, on the whole application with the demo loaded: Prometheus figures at /metrics after real
 * requests, the health checks, a request id echoed and in the log line of its request, and no personal data in any log
 * line after people were searched and read.
 */
class ObservabilityTest {
    @TempDir
    static Path tempDir;
    private static RunningApp app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = new RunningApp(Store.embedded(tempDir.resolve("data")));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String admin() {
        return "Bearer " + app.tokens.get("admin");
    }

    @Test
    void metricsServeRequestLatenciesByRouteTemplateRefusalsByCodeThePoolTheJvmAndDosesRecorded() throws Exception {
        JsonNode people = Json.mapper().readTree(get("/api/v1/persons?q=nguyen&limit=2", "Authorization", admin()).body());
        String someone = people.path("items").get(0).path("id").asText();
        assertThat(get("/api/v1/persons/" + someone, "Authorization", admin()).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/persons/" + someone).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/lots/not-a-lot", "Authorization", admin()).statusCode()).isGreaterThanOrEqualTo(400);

        HttpResponse<String> metrics = get("/metrics");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        String body = metrics.body();
        assertThat(body).contains("http_server_requests_seconds_bucket{method=\"GET\",outcome=\"SUCCESS\",route=\"/api/v1/persons/{id}\",status=\"200\",le=\"0.1\"}")
                .contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",route=\"/api/v1/persons\",status=\"200\"}")
                .contains("vaxline_refusals_total{code=\"UNAUTHENTICATED\",status=\"401\"} ")
                .contains("hikaricp_connections_max{pool=\"vaxline\"}")
                .contains("jvm_memory_used_bytes{area=\"heap\"")
                .contains("jvm_gc_pause_seconds")
                .doesNotContain(someone);
        double doses = Double.parseDouble(body.lines().filter(l -> l.startsWith("vaxline_doses_recorded_total ")).findFirst()
                .orElseThrow().substring("vaxline_doses_recorded_total ".length()));
        assertThat(doses).as("the demo's doses, counted after their transactions committed").isGreaterThan(1000);
        double batches = metric(body, "vaxline_doses_batches_total");
        assertThat(batches).as("the demo's doses went through the dose writer's batches").isPositive();
        assertThat(metric(body, "vaxline_doses_batched_total")).as("a batch holds one dose or more").isGreaterThanOrEqualTo(batches);
        assertThat(metric(body, "vaxline_doses_writer_seconds_total{part=\"decide\"}")).isPositive();
        assertThat(metric(body, "vaxline_doses_writer_seconds_total{part=\"write\"}")).isPositive();
        assertThat(body).contains("vaxline_doses_writer_seconds_total{part=\"idle\"}", "vaxline_doses_writer_seconds_total{part=\"read\"}");
    }

    @Test
    void stockMovementsByTypeAndImportRowsByKindAndOutcomeAreCountedAtMetrics() throws Exception {
        Vaxline v = app.vaxline;
        org.vaxline.platform.security.Actor admin = org.vaxline.platform.security.Actor.operator("metrics-test");
        java.time.LocalDate today = java.time.LocalDate.now(v.clock());
        var line = v.stock().queries().onHand(null, null, null, null).lines().stream().filter(l -> l.quantity() > 0)
                .findFirst().orElseThrow();
        double adjustments = metric(get("/metrics").body(), "vaxline_stock_movements_total{type=\"ADJUSTMENT\"}");
        v.stock().recordMovement().record(admin, new org.vaxline.stock.application.MovementRequest(null,
                org.vaxline.stock.domain.MovementType.ADJUSTMENT, line.facilityId(), line.lotId(), null, 1L, today,
                "counted one more", null, null, null, null, null));
        assertThat(metric(get("/metrics").body(), "vaxline_stock_movements_total{type=\"ADJUSTMENT\"}"))
                .as("counted once its transaction committed").isEqualTo(adjustments + 1);

        var before = new org.vaxline.registryimport.store.ImportRowCounts(v.store()).all().get("persons");
        double imported = before == null ? 0 : before.imported();
        double refused = before == null ? 0 : before.refused();
        Path file = tempDir.resolve("people.csv");
        java.nio.file.Files.writeString(file, """
                full_name,date_of_birth,sex,id_type,id_number,province_code
                Trần Thị Đo,1991-04-02,FEMALE,CCCD,001191000777,01
                Lê Văn Sai,not-a-date,MALE,CCCD,001091000778,01
                """);
        new org.vaxline.registryimport.ImportModule(v.store(), v.clock(), v.facilities().facilities(), v.persons(),
                v.catalog().catalog(), v.lots().queries()).persons().run(admin,
                new org.vaxline.registryimport.application.ImportRequest(file, null, 10),
                org.vaxline.registryimport.application.ProgressListener.NONE);
        // /metrics reads the store's import counts at most once a second: wait for a scrape that read them afresh
        String body = get("/metrics").body();
        for (int tries = 0; tries < 50 && metric(body, "vaxline_import_rows_total{kind=\"persons\",outcome=\"imported\"}") == imported; tries++) {
            Thread.sleep(100);
            body = get("/metrics").body();
        }
        assertThat(metric(body, "vaxline_import_rows_total{kind=\"persons\",outcome=\"imported\"}")).isEqualTo(imported + 1);
        assertThat(metric(body, "vaxline_import_rows_total{kind=\"persons\",outcome=\"refused\"}")).isEqualTo(refused + 1);
        assertThat(body).contains("vaxline_import_rows_total{kind=\"doses\",outcome=\"unchanged\"}");
    }

    private static double metric(String body, String series) {
        return Double.parseDouble(body.lines().filter(l -> l.startsWith(series + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + series + " at /metrics")).substring(series.length() + 1));
    }

    @Test
    void metricsAskForTheTokenWhenOneIsConfigured() throws Exception {
        HttpServer guarded = ApiServer.start(app.vaxline, "127.0.0.1", 0, "scrape-token-123");
        try {
            String url = "http://127.0.0.1:" + guarded.port() + "/metrics";
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(401);
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer wrong").build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer scrape-token-123").build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        } finally {
            guarded.stop();
        }
    }

    @Test
    void livenessAndReadinessAnswerWithoutAToken() throws Exception {
        HttpResponse<String> live = get("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"up\"");
        HttpResponse<String> ready = get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(ready.body()).path("schema").asText()).isEqualTo("up");
        assertThat(get("/api/v1/health").statusCode()).as("the older health check still answers").isEqualTo(200);
    }

    @Test
    void readinessFailsWhenTheSchemaIsNoLongerThisProgramsVersion() throws Exception {
        try (Vaxline other = new Vaxline(Store.embedded(tempDir.resolve("other")), java.time.Clock.systemUTC())) {
            HttpServer server = ApiServer.start(other, "127.0.0.1", 0);
            other.store().inTransaction(h -> h.execute("INSERT INTO flyway_schema_history (installed_rank, version, description,"
                    + " type, script, checksum, installed_by, execution_time, success) VALUES (999, '999', 'future', 'SQL', 'V999__f.sql',"
                    + " 0, 'test', 1, 1)"));
            HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
            server.stop();
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(Json.mapper().readTree(ready.body()).path("schema").asText()).isEqualTo("down");
            assertThat(Json.mapper().readTree(ready.body()).path("store").asText()).isEqualTo("up");
        }
    }

    @Test
    void aSaneRequestIdIsEchoedAndInTheAccessLineOthersAreReplaced() throws Exception {
        List<ILoggingEvent> log = capture(() -> {
            HttpResponse<String> given = get("/api/v1/products", "Authorization", admin(), "X-Request-Id", "proxy-7f3a9c01");
            assertThat(given.headers().firstValue("X-Request-Id")).contains("proxy-7f3a9c01");
            HttpResponse<String> forged = get("/api/v1/products", "Authorization", admin(), "X-Request-Id", "x\" injected=1");
            assertThat(forged.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
            HttpResponse<String> none = get("/health/live");
            assertThat(none.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        });

        ILoggingEvent line = log.stream().filter(e -> "proxy-7f3a9c01".equals(e.getMDCPropertyMap().get("requestId")))
                .findFirst().orElseThrow(() -> new AssertionError("no log line with the request id in " + rendered(log)));
        assertThat(line.getLoggerName()).isEqualTo("vaxline.access");
        assertThat(line.getFormattedMessage()).startsWith("GET /api/v1/products 200 ");
        assertThat(rendered(log)).doesNotContain("injected");
    }

    @Test
    void noLogLineHoldsPersonalDataAfterPeopleAreSearchedAndRead() throws Exception {
        JsonNode person = Json.mapper().readTree(get("/api/v1/persons?q=nguyen&limit=1", "Authorization", admin()).body())
                .path("items").get(0);
        String id = person.path("id").asText();
        String name = person.path("fullName").asText();
        String number = person.path("identityNumber").asText();
        assertThat(name).isNotBlank();
        assertThat(number).isNotBlank();

        List<ILoggingEvent> log = capture(() -> {
            get("/api/v1/persons?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8), "Authorization", admin());
            get("/api/v1/persons?identityType=CCCD&identityNumber=" + number + "&reason=traveller", "Authorization", admin());
            get("/api/v1/persons/" + id, "Authorization", admin());
            get("/api/v1/persons/" + id + "/doses", "Authorization", admin());
            get("/fhir/Patient?identifier=" + number, "Authorization", admin());
            get("/api/v1/persons/" + id);                    // refused: no token
            get("/api/v1/persons/" + id + "/nowhere/" + number, "Authorization", admin()); // nothing there
        });

        String all = rendered(log);
        assertThat(log).as("the requests were logged").hasSizeGreaterThanOrEqualTo(7);
        assertThat(all).contains("/api/v1/persons/{id}").contains("/api/v1/persons ");
        assertThat(all).doesNotContain(id).doesNotContain(name).doesNotContain(number)
                .doesNotContainIgnoringCase(URLEncoder.encode(name, StandardCharsets.UTF_8));
    }

    /** Every log line written while the work runs, at info and above, with its MDC. */
    private static List<ILoggingEvent> capture(ThrowingRunnable work) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger vaxline = (Logger) LoggerFactory.getLogger("org.vaxline");
        Logger access = (Logger) LoggerFactory.getLogger("vaxline.access");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        Level before = vaxline.getLevel();
        Level accessBefore = access.getLevel();
        vaxline.setLevel(Level.INFO);
        access.setLevel(Level.INFO);
        try {
            work.run();
            Thread.sleep(200); // the access line is written as the answer completes
        } finally {
            root.detachAppender(appender);
            vaxline.setLevel(before);
            access.setLevel(accessBefore);
        }
        return new ArrayList<>(appender.list);
    }

    private static String rendered(List<ILoggingEvent> log) {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : log) {
            text.append(event.getLoggerName()).append(' ').append(event.getFormattedMessage()).append(' ')
                    .append(event.getMDCPropertyMap()).append(event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage())
                    .append('\n');
        }
        return text.toString();
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
