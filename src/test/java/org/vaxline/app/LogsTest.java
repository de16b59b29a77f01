package org.vaxline.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.json.Json;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The log's format is configuration: plain text by default, one JSON object per line with the request id when asked. */
class LogsTest {
    @AfterEach
    void restore() {
        Logs.reset();
    }

    @Test
    void jsonLinesCarryTheFormattedMessageAndTheRequestId() {
        Logs.configure("json", "info");
        String err = stderrOf(() -> {
            MDC.put("requestId", "req-12345678");
            try {
                LoggerFactory.getLogger("vaxline.access").info("{} {} {}", "GET", "/api/v1/products", 200);
            } finally {
                MDC.remove("requestId");
            }
        });

        JsonNode line = Json.parse(err.lines().filter(l -> l.contains("vaxline.access")).findFirst().orElseThrow(), JsonNode.class);
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("formattedMessage").asText()).isEqualTo("GET /api/v1/products 200");
        assertThat(line.path("mdc").path("requestId").asText()).isEqualTo("req-12345678");
    }

    @Test
    void textLinesCarryTheRequestIdAndTheLevelIsConfiguration() {
        Logs.configure("text", "warn");
        String err = stderrOf(() -> {
            MDC.put("requestId", "req-87654321");
            try {
                LoggerFactory.getLogger("org.vaxline.x").info("hidden at warn");
                LoggerFactory.getLogger("org.vaxline.x").warn("shown");
            } finally {
                MDC.remove("requestId");
            }
        });
        assertThat(err).contains("WARN  [req-87654321] org.vaxline.x - shown").doesNotContain("hidden");
    }

    @Test
    void anUnknownFormatOrLevelIsRefusedByName() {
        assertThatThrownBy(() -> Logs.configure("xml", "info")).isInstanceOf(VaxlineException.class).hasMessageContaining("'xml'");
        assertThatThrownBy(() -> Logs.configure("text", "loud")).isInstanceOf(VaxlineException.class).hasMessageContaining("'loud'");
    }

    private static String stderrOf(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
