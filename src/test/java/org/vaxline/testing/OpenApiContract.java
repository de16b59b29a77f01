package org.vaxline.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.vaxline.app.ApiDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks real HTTP exchanges against the OpenAPI document ({@code /web/openapi.json} on the classpath), failing the
 * test with the validator's messages. Response schemas are checked strictly: an undocumented status, content type,
 * member or value fails. Only the request's security check is ignored (tests send tokens, or deliberately none).
 */
public final class OpenApiContract {
    private static volatile OpenApiInteractionValidator validator;

    private OpenApiContract() {
    }

    /** The document's text, as served at {@code /api/v1/openapi.json}: the base and every feature's part. */
    public static String document() {
        return new String(ApiDocument.compose(), StandardCharsets.UTF_8);
    }

    private static OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator v = validator;
        if (v == null) {
            synchronized (OpenApiContract.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document())
                            .withLevelResolver(LevelResolver.create()
                                    .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                                    .withLevel("validation.request.security.invalid", ValidationReport.Level.IGNORE)
                                    .build())
                            .withStrictOperationPathMatching()
                            .build();
                }
                v = validator;
            }
        }
        return v;
    }

    /**
     * Checks a request the client meant to be valid and the answer it got.
     *
     * @param path         the path with its query, e.g. {@code /api/v1/agreements?limit=1}
     * @param requestBody  the JSON sent, or null
     * @param contentType  the answer's Content-Type header, or null
     * @param responseBody the answer's body, or null
     */
    public static void assertValid(String method, String path, String requestBody, int status, String contentType,
                                   String responseBody) {
        ValidationReport report = validator().validate(request(method, path, requestBody), response(status, contentType, responseBody));
        failOn(report, method, path, status, responseBody);
    }

    /**
     * Checks only the answer, for a request that is malformed on purpose (e.g. an unknown field): the document
     * rightly refuses such a request, but what the server answers must still be documented.
     */
    public static void assertValidResponse(String method, String path, int status, String contentType, String responseBody) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        ValidationReport report = validator().validateResponse(bare, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
                response(status, contentType, responseBody));
        failOn(report, method, path, status, responseBody);
    }

    private static void failOn(ValidationReport report, String method, String path, int status, String responseBody) {
        if (report.hasErrors()) {
            fail("the exchange " + method + " " + path + " -> " + status + " breaks the OpenAPI document:\n"
                    + messages(report) + "\nresponse body: " + responseBody);
        }
    }

    private static String messages(ValidationReport report) {
        List<String> lines = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR) {
                lines.add("  - [" + m.getKey() + "] " + m.getMessage()
                        + (m.getAdditionalInfo().isEmpty() ? "" : " " + m.getAdditionalInfo()));
                m.getNestedMessages().forEach(n -> lines.add("      " + n.getMessage()));
            }
        }
        return lines.stream().collect(Collectors.joining("\n"));
    }

    private static SimpleRequest request(String method, String pathWithQuery, String body) {
        int q = pathWithQuery.indexOf('?');
        String path = q < 0 ? pathWithQuery : pathWithQuery.substring(0, q);
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method.toUpperCase(Locale.ROOT), path);
        if (q >= 0) {
            query(pathWithQuery.substring(q + 1)).forEach(builder::withQueryParam);
        }
        if (body != null) {
            builder.withContentType("application/json").withBody(body);
        }
        return builder.build();
    }

    private static Map<String, List<String>> query(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static SimpleResponse response(int status, String contentType, String body) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            builder.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            builder.withBody(body);
        }
        return builder.build();
    }
}
