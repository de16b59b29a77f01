package org.vaxline.testing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document itself: it parses cleanly, and every operation is named once and tagged. */
class OpenApiDocumentTest {
    private static final Set<String> TAGS = Set.of("agreements", "master data", "access", "system");

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
}
