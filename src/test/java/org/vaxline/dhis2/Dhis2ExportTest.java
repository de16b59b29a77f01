package org.vaxline.dhis2;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.dhis2.cli.Dhis2Command;
import org.vaxline.dhis2.domain.Dhis2Mapping;
import org.vaxline.dhis2.application.MappingFile;
import org.vaxline.fhir.FhirWorld;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockMovement;
import org.vaxline.testing.ModuleServer;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DHIS2 export on both stores over real HTTP and through the command: every figure equals what the coverage and
 * stock APIs answer for the same period, ADX carries the same values, and gaps in the mapping are refused whole.
 */
class Dhis2ExportTest {
    static final String TOKEN = "admin-token";

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void exportsThePeriodsFiguresAsTheOtherApisCountThem(Dialect dialect) throws Exception {
        try (FhirWorld world = new FhirWorld(dialect, temp)) {
            var an = world.person("Trần Thị An");
            var binh = world.person("Lê Văn Bình");
            var lot = world.stockedLot("A2109-DHIS");
            world.give(an, lot, LocalDate.parse("2021-09-13"));   // before the week
            world.give(an, lot, LocalDate.parse("2021-09-28"));   // second dose in 2021W39
            world.give(binh, lot, LocalDate.parse("2021-09-29")); // first dose in 2021W39
            wastage(world, lot, 3, "2021-09-30");
            StockMovement mistaken = wastage(world, lot, 2, "2021-09-30");
            world.app.stock().recordMovement().record(FhirWorld.ADMIN, new MovementRequest(Ids.newId(), MovementType.REVERSAL,
                    FhirWorld.SITE, lot, null, null, LocalDate.parse("2021-09-30"), "counted twice", null, null, null, null, mistaken.id()));

            Supplier<Dhis2Mapping> mapping = MappingFile::defaultMapping;
            try (ModuleServer server = ModuleServer.start(Map.of(TOKEN, FhirWorld.ADMIN), world.app.coverage().routes(),
                    world.app.stock().routes(), world.app.dhis2().routes(mapping))) {
                var client = server.client();
                var answer = client.call("GET", "/api/v1/dhis2/dataValueSets?period=2021W39", TOKEN, null);
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                JsonNode set = answer.json();
                assertThat(set.get("period").asText()).isEqualTo("2021W39");
                assertThat(set.get("dataSet").asText()).isEqualTo("VxDsEpiWeek");
                Map<String, String> values = new HashMap<>();
                set.get("dataValues").forEach(v -> {
                    assertThat(v.get("period").asText()).isEqualTo("2021W39");
                    assertThat(v.get("orgUnit").asText()).isEqualTo("VxOrgUnit01");
                    assertThat(v.has("categoryOptionCombo")).isFalse();
                    values.put(v.get("dataElement").asText(), v.get("value").asText());
                });

                JsonNode coverage = client.call("GET", "/api/v1/coverage?by=province&from=2021-09-27&to=2021-10-03", TOKEN, null)
                        .json().get("groups").get(0);
                assertThat(coverage.get("key").asText()).isEqualTo("01");
                assertThat(values.get("VxDeCovDos1")).isEqualTo(coverage.get("firstDose").asText()).isEqualTo("1");
                assertThat(values.get("VxDeCovDos2")).isEqualTo(coverage.get("secondDose").asText()).isEqualTo("1");
                assertThat(values).doesNotContainKeys("VxDeCovFull", "VxDeCovBstr"); // zeros are not sent
                // the week runs past today (2021-10-01): stock is today's, as the stock API reports it
                JsonNode onHand = client.call("GET", "/api/v1/stock/onhand?province=01&asOf=2021-10-01", TOKEN, null).json();
                long stock = 0;
                for (JsonNode p : onHand.get("provinces")) {
                    stock += p.get("quantity").asLong();
                }
                assertThat(values.get("VxDeStockOH")).isEqualTo(Long.toString(stock)).isEqualTo("94");
                assertThat(values.get("VxDeDosGivn")).isEqualTo("2");
                JsonNode movements = client.call("GET", "/api/v1/stock/movements?facility=" + FhirWorld.SITE + "&from=2021-09-27&to=2021-10-03",
                        TOKEN, null).json();
                long wasted = 0;
                for (JsonNode m : movements.get("items")) {
                    if (m.get("type").asText().equals("WASTAGE")) {
                        wasted += -m.get("quantity").asLong();
                    }
                    if (m.get("type").asText().equals("REVERSAL")) {
                        wasted -= m.get("quantity").asLong();
                    }
                }
                assertThat(values.get("VxDeWastage")).isEqualTo(Long.toString(wasted)).isEqualTo("3");

                // ADX by Accept: the same values, grouped by org unit with the ISO start/duration period
                HttpResponse<String> adx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + port(client) + "/api/v1/dhis2/dataValueSets?period=2021W39"))
                        .header("Authorization", "Bearer " + TOKEN).header("Accept", "application/adx+xml").build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(adx.statusCode()).isEqualTo(200);
                assertThat(adx.headers().firstValue("Content-Type").orElse("")).startsWith("application/adx+xml");
                assertThat(adxValues(adx.body(), "2021-09-27/P7D")).isEqualTo(values);

                // a period not understood, or starting after today
                var bad = client.callMalformed("GET", "/api/v1/dhis2/dataValueSets?period=2021W53", TOKEN, null);
                assertThat(bad.status()).isEqualTo(400);
                assertThat(bad.json().get("code").asText()).isEqualTo("DHIS2_PERIOD_INVALID");
                var future = client.call("GET", "/api/v1/dhis2/dataValueSets?period=202111", TOKEN, null);
                assertThat(future.status()).isEqualTo(400);
                assertThat(client.callMalformed("GET", "/api/v1/dhis2/dataValueSets?period=2021W39", null, null).status()).isEqualTo(401);
            }

            // the command writes the same figures, as JSON and as ADX
            Path json = temp.resolve("values.json");
            assertThat(run(world, "export", "--period", "2021W39", "--out", json.toString())).isZero();
            JsonNode written = org.vaxline.platform.json.Json.mapper().readTree(json.toFile());
            assertThat(written.get("dataValues")).hasSize(5);
            Path adxFile = temp.resolve("values.xml");
            assertThat(run(world, "export", "--period", "2021W39", "--format", "adx", "--out", adxFile.toString())).isZero();
            assertThat(adxValues(Files.readString(adxFile), "2021-09-27/P7D")).hasSize(5).containsEntry("VxDeStockOH", "94");
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aMappingThatCannotPlaceAFigureIsRefusedAndNothingIsWritten(Dialect dialect) throws Exception {
        try (FhirWorld world = new FhirWorld(dialect, temp)) {
            var lot = world.stockedLot("A2109-GAP");
            world.give(world.person("Phạm Thị Cúc"), lot, LocalDate.parse("2021-09-24"));
            // Hà Nội (01) has no org unit; doses are broken down by product but Abdala has no combo
            String text = new String(getClass().getResourceAsStream(MappingFile.DEFAULT_RESOURCE).readAllBytes())
                    .replace("\"01\": \"VxOrgUnit01\",", "")
                    .replace("\"DOSES_GIVEN\": {\n      \"dataElement\": \"VxDeDosGivn\"\n    }",
                            "\"DOSES_GIVEN\": {\"dataElement\": \"VxDeDosGivn\", \"categoryOptionCombos\": {\"OTHER\": \"VxCocOther1\"}}");
            Path mapping = temp.resolve("mapping.json");
            Files.writeString(mapping, text);
            Path out = temp.resolve("gap.json");
            StringWriter err = new StringWriter();
            int code = new CommandLine(new Dhis2Command(() -> world.app.dhis2()))
                    .setErr(new PrintWriter(err))
                    .setExecutionExceptionHandler((e, cmd, parsed) -> {
                        cmd.getErr().println("error: " + e.getMessage());
                        return 5;
                    })
                    .execute("export", "--period", "20210924", "--mapping", mapping.toString(), "--out", out.toString());
            assertThat(code).isEqualTo(5);
            assertThat(err.toString()).contains("org unit for province 01").contains("category option combo of DOSES_GIVEN for product ABDALA");
            assertThat(out).doesNotExist();

            Files.writeString(mapping, "{\"dataElements\": {\"WASTAGE\": {\"dataElement\": \"short\"}}, \"orgUnits\": {}}");
            StringWriter err2 = new StringWriter();
            int invalid = new CommandLine(new Dhis2Command(() -> world.app.dhis2())).setErr(new PrintWriter(err2))
                    .setExecutionExceptionHandler((e, cmd, parsed) -> {
                        cmd.getErr().println("error: " + e.getMessage());
                        return 2;
                    })
                    .execute("export", "--period", "20210924", "--mapping", mapping.toString(), "--out", out.toString());
            assertThat(invalid).isEqualTo(2);
            assertThat(err2.toString()).contains("dataElements.WASTAGE.dataElement must be a DHIS2 UID")
                    .contains("dataElements.COVERAGE_FIRST_DOSE is missing").contains("orgUnits is required");
            assertThat(out).doesNotExist();
        }
    }

    private static StockMovement wastage(FhirWorld world, java.util.UUID lot, long doses, String on) {
        return world.app.stock().recordMovement().record(FhirWorld.ADMIN, new MovementRequest(Ids.newId(), MovementType.WASTAGE,
                FhirWorld.SITE, lot, null, doses, LocalDate.parse(on), "BREAKAGE", null, null, null, null, null)).value().get(0);
    }

    private static int run(FhirWorld world, String... args) {
        return new CommandLine(new Dhis2Command(() -> world.app.dhis2())).setOut(new PrintWriter(new StringWriter())).execute(args);
    }

    private static int port(org.vaxline.testing.ContractClient client) throws Exception {
        var field = client.getClass().getDeclaredField("baseUrl");
        field.setAccessible(true);
        return URI.create((String) field.get(client)).getPort();
    }

    /** dataElement → value of an ADX document, checking every group's period. */
    private static Map<String, String> adxValues(String xml, String period) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("urn:ihe:qrph:adx:2015");
        Map<String, String> values = new HashMap<>();
        NodeList groups = doc.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "group");
        for (int g = 0; g < groups.getLength(); g++) {
            Element group = (Element) groups.item(g);
            assertThat(group.getAttribute("period")).isEqualTo(period);
            assertThat(group.getAttribute("dataSet")).isEqualTo("VxDsEpiWeek");
            NodeList dv = group.getElementsByTagNameNS("urn:ihe:qrph:adx:2015", "dataValue");
            for (int i = 0; i < dv.getLength(); i++) {
                Element v = (Element) dv.item(i);
                values.put(v.getAttribute("dataElement"), v.getAttribute("value"));
            }
        }
        return values;
    }

}
