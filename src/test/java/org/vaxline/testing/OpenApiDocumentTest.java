package org.vaxline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.json.Json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document itself: it parses cleanly, and every operation is named once and tagged. */
class OpenApiDocumentTest {
    private static final Set<String> TAGS = Set.of("agreements", "master data", "access", "system", "lots", "stock", "shipments",
            "cold chain", "persons", "doses", "aefi", "coverage", "certificates", "ledgers", "dhis2", "site");

    private static OpenAPI parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(OpenApiContract.document(), null, options);
        assertThat(result.getMessages()).as("parser messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        return result.getOpenAPI();
    }

    @Test
    void parsesAsOpenApi303WithBearerAuthEverywhereButTheOpenPaths() {
        OpenAPI api = parse();
        assertThat(api.getOpenapi()).isEqualTo("3.0.3");
        assertThat(api.getServers()).singleElement().satisfies(s -> assertThat(s.getUrl()).isEqualTo("/"));
        assertThat(api.getComponents().getSecuritySchemes()).containsKey("bearerAuth");
        assertThat(api.getSecurity()).singleElement().satisfies(r -> assertThat(r).containsKey("bearerAuth"));
        for (String open : List.of("/api/v1/health", "/api/v1/openapi.json")) {
            assertThat(api.getPaths().get(open).getGet().getSecurity()).as(open).isEmpty();
        }
        assertThat(api.getComponents().getSchemas()).containsKeys("Problem", "Next");
    }

    @Test
    void everyPathHasNamedTaggedOperationsAndNoNameIsUsedTwice() {
        OpenAPI api = parse();
        assertThat(api.getPaths()).isNotEmpty();
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            assertThat(path.getKey()).startsWith("/api/v1/");
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().readOperationsMap();
            assertThat(operations).as("operations of " + path.getKey()).isNotEmpty();
            operations.forEach((method, operation) -> {
                String where = method + " " + path.getKey();
                assertThat(operation.getOperationId()).as("operationId of " + where).isNotBlank();
                assertThat(operation.getSummary()).as("summary of " + where).isNotBlank();
                assertThat(operation.getTags()).as("tags of " + where).hasSize(1);
                assertThat(TAGS).as("tag of " + where).contains(operation.getTags().get(0));
                if (!seen.add(operation.getOperationId())) {
                    duplicates.add(operation.getOperationId());
                }
            });
        }
        assertThat(duplicates).as("operationIds used twice").isEmpty();
    }

    /** The examples people copy from the document are themselves valid answers. */
    @Test
    void theExamplesAreValidAnswers() throws Exception {
        JsonNode schemas = Json.mapper().readTree(OpenApiContract.document()).path("components").path("schemas");
        String agreement = "/api/v1/agreements/" + schemas.path("AgreementReport").path("example").path("id").asText();
        example(schemas, "GET", agreement, 200, "application/json", "AgreementReport");
        example(schemas, "GET", agreement, 404, "application/problem+json", "Problem");
        example(schemas, "POST", agreement + "/deliveries", 201, "application/json", "Delivery");
        example(schemas, "POST", agreement + "/deliveries", 422, "application/problem+json", "DeliveryProblem");
        example(schemas, "GET", "/api/v1/health", 200, "application/json", "Health");
        example(schemas, "GET", "/api/v1/me", 200, "application/json", "Me");
        example(schemas, "GET", "/api/v1/products/00000000-0000-4000-8000-000000000010", 200, "application/json", "Product");
        OpenApiContract.assertValid("POST", "/api/v1/stock/movements", schemas.path("MovementRequest").path("example").toString(),
                201, "application/json", schemas.path("MovementAnswer").path("example").toString());
        example(schemas, "POST", "/api/v1/stock/movements", 409, "application/problem+json", "StockProblem");
    }

    private static void example(JsonNode schemas, String method, String path, int status, String contentType, String schema) {
        JsonNode example = schemas.path(schema).path("example");
        assertThat(example.isObject()).as("example of " + schema).isTrue();
        OpenApiContract.assertValidResponse(method, path, status, contentType, example.toString());
    }
}
