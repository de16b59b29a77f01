package org.vaxline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.vaxline.platform.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Real HTTP calls to a server on loopback, each answer checked against the OpenAPI document. */
public final class ContractClient {
    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    public ContractClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** One exchange as the client saw it. */
    public record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    /** A request the client means to be valid: the request and the answer are both checked against the document. */
    public Answer call(String method, String path, String token, String body) {
        Answer answer = send(method, path, token, body);
        OpenApiContract.assertValid(method, path, body, answer.status(), answer.contentType(), answer.body());
        return answer;
    }

    /** A request malformed on purpose: only the answer is checked against the document. */
    public Answer callMalformed(String method, String path, String token, String body) {
        Answer answer = send(method, path, token, body);
        OpenApiContract.assertValidResponse(method, path, answer.status(), answer.contentType(), answer.body());
        return answer;
    }

    public Answer send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
