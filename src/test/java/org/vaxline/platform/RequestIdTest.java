package org.vaxline.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.http.Routes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A request's id is in every log line written while it runs: a handler's own lines and the access line alike. */
class RequestIdTest {
    @Test
    void everyLineOfARequestCarriesItsId() throws Exception {
        org.slf4j.Logger handlerLog = LoggerFactory.getLogger("org.vaxline.probe");
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger access = (Logger) LoggerFactory.getLogger("vaxline.access");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        Level before = access.getLevel();
        access.setLevel(Level.INFO);
        Actor admin = new Actor("admin", Role.NATIONAL_ADMIN, null, null);
        Routes probe = routes -> routes.get("/api/v1/probe/{id}", ctx -> {
            handlerLog.warn("first line inside the handler");
            handlerLog.error("second line inside the handler");
            ctx.result("ok");
        });
        HttpServer server = HttpServer.create(token -> Optional.of(admin), Set.of(), List.of(probe), config -> {
        }).start("127.0.0.1", 0);
        try {
            String url = "http://127.0.0.1:" + server.port() + "/api/v1/probe/42";
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer t").header("X-Request-Id", "trace-0001-abcd").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(url).isEqualTo(200);
            assertThat(answer.headers().firstValue("X-Request-Id")).contains("trace-0001-abcd");
            Thread.sleep(200);
        } finally {
            server.stop();
            root.detachAppender(appender);
            access.setLevel(before);
        }
        List<ILoggingEvent> ofRequest = appender.list.stream()
                .filter(e -> e.getLoggerName().equals("org.vaxline.probe") || e.getLoggerName().equals("vaxline.access")).toList();
        assertThat(ofRequest).extracting(ILoggingEvent::getFormattedMessage)
                .contains("first line inside the handler", "second line inside the handler")
                .anyMatch(m -> m.startsWith("GET /api/v1/probe/{id} 200 "));
        assertThat(ofRequest).allSatisfy(e -> assertThat(e.getMDCPropertyMap()).containsEntry("requestId", "trace-0001-abcd"));
        assertThat(ofRequest).extracting(ILoggingEvent::getFormattedMessage).noneMatch(m -> m.contains("/probe/42"));
    }
}
