package org.vaxline.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.vaxline.platform.json.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lints the OpenAPI document as it is served, composed from the base and every feature's part, so that a part added
 * later is linted too: swagger-parser reads it without a message, and the rules the parser does not check hold
 * (a schema's {@code required} is a non-empty list of its own properties; every path parameter is declared).
 */
class OpenApiLintTest {
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    @Test
    void theComposedDocumentHasNoParserMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(composed(), null, options);
        assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
    }

    @Test
    void theComposedDocumentBreaksNoLintRule() throws IOException {
        assertThat(lint(Json.mapper().readTree(composed()))).isEmpty();
    }

    /** The linter itself finds what it is for: an empty or stray {@code required}, an undeclared path parameter. */
    @Test
    void theLintRulesFindWhatTheyAreFor() throws IOException {
        JsonNode broken = Json.mapper().readTree("""
                {"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
                 "paths": {"/things/{id}": {"get": {"responses": {"200": {"description": "ok"}}}}},
                 "components": {"schemas": {
                   "Empty": {"type": "object", "required": [], "properties": {"a": {"type": "string"}}},
                   "Stray": {"type": "object", "required": ["b", "b"], "properties": {"a": {"type": "string"}}}}}}""");
        assertThat(lint(broken)).hasSize(4).anySatisfy(f -> assertThat(f).contains("Empty").contains("empty"))
                .anySatisfy(f -> assertThat(f).contains("Stray").contains("'b'").contains("not a property"))
                .anySatisfy(f -> assertThat(f).contains("Stray").contains("twice"))
                .anySatisfy(f -> assertThat(f).contains("/things/{id}").contains("id"));
    }

    private static String composed() {
        return new String(ApiDocument.compose(), StandardCharsets.UTF_8);
    }

    private static List<String> lint(JsonNode document) {
        List<String> findings = new ArrayList<>();
        lintSchemas(document, "#", findings);
        lintPathParameters(document, findings);
        return findings;
    }

    /** Every object with a {@code required} member, wherever it sits (components, inline bodies, nested properties). */
    private static void lintSchemas(JsonNode node, String where, List<String> findings) {
        if (node.isObject()) {
            JsonNode required = node.get("required");
            if (required != null && required.isArray()) {
                checkRequired(node, required, where, findings);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                lintSchemas(field.getValue(), where + "/" + field.getKey(), findings);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                lintSchemas(node.get(i), where + "/" + i, findings);
            }
        }
    }

    private static void checkRequired(JsonNode schema, JsonNode required, String where, List<String> findings) {
        if (required.isEmpty()) {
            findings.add(where + ": required is empty (OpenAPI 3.0 needs at least one name; leave it out instead)");
            return;
        }
        Set<String> seen = new HashSet<>();
        JsonNode properties = schema.path("properties");
        for (JsonNode name : required) {
            if (!seen.add(name.asText())) {
                findings.add(where + ": required names '" + name.asText() + "' twice");
            } else if (properties.isObject() && !properties.has(name.asText())) {
                findings.add(where + ": required names '" + name.asText() + "', which is not a property");
            }
        }
    }

    private static void lintPathParameters(JsonNode document, List<String> findings) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (operation.getKey().equals("parameters")) {
                    continue;
                }
                Set<String> declared = new HashSet<>();
                declared.addAll(pathParameters(document, path.getValue().path("parameters")));
                declared.addAll(pathParameters(document, operation.getValue().path("parameters")));
                Matcher template = TEMPLATE.matcher(path.getKey());
                while (template.find()) {
                    if (!declared.contains(template.group(1))) {
                        findings.add(operation.getKey() + " " + path.getKey() + ": path parameter " + template.group(1) + " is not declared");
                    }
                }
            }
        }
    }

    private static Set<String> pathParameters(JsonNode document, JsonNode parameters) {
        Set<String> names = new HashSet<>();
        for (JsonNode parameter : parameters) {
            JsonNode resolved = parameter.has("$ref")
                    ? document.at(parameter.path("$ref").asText().substring(1))
                    : parameter;
            if ("path".equals(resolved.path("in").asText())) {
                names.add(resolved.path("name").asText());
            }
        }
        return names;
    }
}
