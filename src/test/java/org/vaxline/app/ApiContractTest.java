package org.vaxline.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.ContractClient;
import org.vaxline.testing.ContractClient.Answer;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application with the demo loaded, on each store, called over real HTTP: every answer of every
 * endpoint family is checked against the OpenAPI document it serves.
 */
class ApiContractTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyEndpointAnswersAsTheDocumentSays(Dialect dialect) {
        try (RunningApp app = new RunningApp(TestStores.openDemo(dialect, tempDir))) {
            ContractClient api = new ContractClient(app.baseUrl());
            String admin = app.tokens.get("admin");
            String province = app.tokens.get("province");

            Answer health = api.call("GET", "/api/v1/health", null, null);
            assertThat(health.json().path("store").asText()).isEqualTo(dialect.name().toLowerCase());
            assertThat(api.call("GET", "/api/v1/openapi.json", null, null).json().path("openapi").asText()).isEqualTo("3.0.3");
            assertThat(api.call("GET", "/api/v1/products", null, null).status()).isEqualTo(401);

            assertThat(api.call("GET", "/api/v1/me", province, null).json().path("role").asText()).isEqualTo("PROVINCE_MANAGER");
            assertThat(api.call("GET", "/api/v1/users?limit=2", admin, null).json().path("next").asText()).isNotBlank();
            assertThat(api.call("GET", "/api/v1/users", province, null).status()).isEqualTo(403);

            JsonNode products = api.call("GET", "/api/v1/products", province, null).json();
            String abdala = products.path("items").get(0).path("id").asText();
            assertThat(api.call("GET", "/api/v1/products/" + abdala, province, null).json().path("dosesPerVial").asInt()).isEqualTo(10);
            assertThat(api.call("GET", "/api/v1/commodities", province, null).json().path("items").get(0).path("unit").asText()).isEqualTo("t");
            assertThat(api.call("GET", "/api/v1/partners", province, null).json().path("items").size()).isGreaterThanOrEqualTo(7);
            assertThat(api.call("GET", "/api/v1/provinces?limit=1000", province, null).json().path("items").size()).isEqualTo(34);

            JsonNode sites = api.call("GET", "/api/v1/facilities?province=01&type=SITE&limit=2", province, null).json();
            assertThat(sites.path("items")).hasSize(2);
            JsonNode moreSites = api.call("GET", "/api/v1/facilities?province=01&type=SITE&limit=2&cursor="
                    + sites.path("next").asText(), province, null).json();
            assertThat(moreSites.path("items").get(0).path("code").asText()).isGreaterThan(sites.path("next").asText());
            String site = sites.path("items").get(0).path("id").asText();
            assertThat(api.call("GET", "/api/v1/facilities/" + site, province, null).json().path("provinceCode").asText()).isEqualTo("01");
            Answer unknownFacility = api.call("GET", "/api/v1/facilities/0192f0c4-0000-7000-8000-000000000001", province, null);
            assertThat(unknownFacility.status()).isEqualTo(404);
            assertThat(unknownFacility.json().path("detail").asText()).as("a handler's 404 keeps its words")
                    .contains("facility 0192f0c4-0000-7000-8000-000000000001");

            Answer export = api.call("GET", "/api/v1/master", admin, null);
            assertThat(api.call("POST", "/api/v1/master", admin, export.body()).status()).isEqualTo(200);
            assertThat(api.call("POST", "/api/v1/master", province, export.body()).status()).isEqualTo(403);

            JsonNode agreements = api.call("GET", "/api/v1/agreements?partner=" + partner(api, admin, "CUBA"), admin, null).json();
            assertThat(agreements.path("items")).hasSize(3);
            String first = agreements.path("items").get(0).path("id").asText();
            assertThat(api.call("GET", "/api/v1/agreements/" + first + "?asOf=2021-09-30", admin, null).status()).isEqualTo(200);
            assertThat(api.call("GET", "/api/v1/agreements/" + first + "/deliveries", admin, null).status()).isEqualTo(200);

            for (String by : new String[]{"province", "commune", "group", "age", "day"}) {
                assertThat(api.call("GET", "/api/v1/coverage?by=" + by + "&series=COVID-19", province, null).json()
                        .path("groups").size()).as("coverage by " + by).isPositive();
            }
            JsonNode people = api.call("GET", "/api/v1/persons?q=nguyen&province=01&limit=5", province, null).json();
            String someone = people.path("items").get(0).path("id").asText();
            assertThat(api.call("GET", "/api/v1/persons/" + someone + "/doses", province, null).status()).isEqualTo(200);
            JsonNode reads = api.call("GET", "/api/v1/persons/" + someone + "/reads", admin, null).json();
            assertThat(reads.path("items").findValuesAsText("purpose")).as("the dose history is a logged read").contains("DOSES");
            assertThat(api.call("GET", "/api/v1/sites/" + site + "/due?date=2022-01-15", province, null).status()).isEqualTo(200);
            assertThat(api.call("GET", "/api/v1/aefi/lots", admin, null).json().path("items").size()).isPositive();
            JsonNode report = api.call("GET", "/api/v1/aefi?limit=1", province, null).json().path("items").get(0);
            String reporter = report.path("personId").asText();
            assertThat(api.call("GET", "/api/v1/persons/" + reporter + "/reads", admin, null).json().path("items")
                    .findValuesAsText("purpose")).as("an adverse-event report is a logged read").contains("AEFI");

            Answer nowhere = api.send("GET", "/api/v1/nowhere", admin, null);
            assertThat(nowhere.status()).isEqualTo(404);
            assertThat(nowhere.contentType()).startsWith("application/problem+json");
        }
    }

    private static String partner(ContractClient api, String token, String code) {
        for (JsonNode p : api.call("GET", "/api/v1/partners", token, null).json().path("items")) {
            if (p.path("code").asText().equals(code)) {
                return p.path("id").asText();
            }
        }
        throw new AssertionError("no partner " + code);
    }
}
