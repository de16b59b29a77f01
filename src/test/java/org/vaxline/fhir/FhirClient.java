package org.vaxline.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.vaxline.fhir.mapping.Fhir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Real HTTP to the in-process server's FHIR facade; answers parsed strictly by HAPI, so each is valid R4 JSON. */
public final class FhirClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public FhirClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        /** The body parsed by HAPI's strict parser (unknown elements and invalid values refused). */
        public <T extends IBaseResource> T resource(Class<T> type) {
            return Fhir.strictJson().parseResource(type, body);
        }
    }

    public Answer get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public Answer send(String method, String path, String token, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create((path.startsWith("http") ? path : base + path).replace("|", "%7C")))
                .header("Accept", "application/fhir+json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", contentType == null ? "application/fhir+json" : contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
