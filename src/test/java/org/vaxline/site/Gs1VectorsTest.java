package org.vaxline.site;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.vaxline.gs1.domain.ElementString;
import org.vaxline.gs1.domain.Gs1Exception;
import org.vaxline.gs1.domain.Gs1Parser;
import org.vaxline.platform.json.Json;

import java.io.InputStream;
import java.time.Year;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The server's GS1 rules against the test vectors the workspace's script is held to as well (SiteWorkspaceBrowserTest
 * runs the same list through gs1.js in Chromium): one list, so the offline reading and the server's never drift apart.
 */
public class Gs1VectorsTest {
    public static JsonNode vectors() throws Exception {
        try (InputStream in = Gs1VectorsTest.class.getResourceAsStream("/site/gs1-vectors.json")) {
            return Json.mapper().readTree(in);
        }
    }

    @Test
    void theServerReadsEveryVectorAsTheListSays() throws Exception {
        int read = 0;
        int refused = 0;
        for (JsonNode v : vectors()) {
            Gs1Parser parser = new Gs1Parser(Year.of(v.get("referenceYear").asInt()));
            String name = v.get("name").asText();
            if (v.has("error")) {
                Gs1Exception e = catchThrowableOfType(() -> parser.parse(v.get("input").asText()), Gs1Exception.class);
                assertThat(e).as(name).isNotNull();
                assertThat(e.code().name()).as(name).isEqualTo(v.get("error").asText());
                refused++;
            } else {
                ElementString parsed = parser.parse(v.get("input").asText());
                JsonNode expect = v.get("expect");
                assertThat(parsed.gtin().orElse(null)).as(name + " gtin").isEqualTo(text(expect, "gtin"));
                assertThat(parsed.lot().orElse(null)).as(name + " lot").isEqualTo(text(expect, "lot"));
                assertThat(parsed.serial().orElse(null)).as(name + " serial").isEqualTo(text(expect, "serial"));
                assertThat(parsed.expiry().map(Object::toString).orElse(null)).as(name + " expiry").isEqualTo(text(expect, "expiry"));
                read++;
            }
        }
        assertThat(read).isGreaterThanOrEqualTo(5);
        assertThat(refused).isGreaterThanOrEqualTo(8);
    }

    private static String text(JsonNode node, String field) {
        return node.get(field) == null || node.get(field).isNull() ? null : node.get(field).asText();
    }
}
