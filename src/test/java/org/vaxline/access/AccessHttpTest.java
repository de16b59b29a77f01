package org.vaxline.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.http.HttpServer;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.json.Json;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.access.AccessTestbed.OPERATOR;
import static org.vaxline.access.MapFacilityLookup.HANOI_CDC;
import static org.vaxline.access.MapFacilityLookup.HANOI_SITE;
import static org.vaxline.access.MapFacilityLookup.HCMC_CDC;

/** The access rules as a client meets them: a real server in-process, real tokens, real stores. */
class AccessHttpTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void tokensAndScopesDecideWhoMayCallWhat(Dialect dialect) throws Exception {
        try (AccessTestbed bed = new AccessTestbed(dialect, tempDir)) {
            bed.user("admin", Role.NATIONAL_ADMIN, null);
            bed.user("hanoi.cdc", Role.PROVINCE_MANAGER, HANOI_CDC);
            bed.user("auditor", Role.AUDITOR, null);
            String admin = bed.token("admin");
            String manager = bed.token("hanoi.cdc");
            String auditor = bed.token("auditor");
            HttpServer server = HttpServer.create(bed.module.authenticator(), Set.of("/api/v1/health"),
                    List.of(bed.module.routes(), testRoutes(bed.facilities)), cfg -> { }).start("127.0.0.1", 0);
            try {
                Client client = new Client(server.port());
                assertThat(client.get("/api/v1/health", null).statusCode()).isEqualTo(200);

                assertProblem(client.get("/api/v1/me", null), 401, "UNAUTHENTICATED");
                assertProblem(client.get("/api/v1/me", "vxl_" + "x".repeat(43)), 401, "UNAUTHENTICATED");

                JsonNode me = json(client.get("/api/v1/me", manager), 200);
                assertThat(me.get("username").asText()).isEqualTo("hanoi.cdc");
                assertThat(me.get("role").asText()).isEqualTo("PROVINCE_MANAGER");
                assertThat(me.get("provinceCode").asText()).isEqualTo("01");

                assertThat(client.post("/api/v1/test/facilities/" + HANOI_SITE + "/writes", manager).statusCode()).isEqualTo(200);
                assertProblem(client.post("/api/v1/test/facilities/" + HCMC_CDC + "/writes", manager), 403, "FORBIDDEN");
                assertProblem(client.post("/api/v1/test/facilities/" + HANOI_SITE + "/writes", auditor), 403, "FORBIDDEN");
                assertThat(client.post("/api/v1/test/facilities/" + HCMC_CDC + "/writes", admin).statusCode()).isEqualTo(200);

                assertProblem(client.get("/api/v1/users", manager), 403, "FORBIDDEN");
                JsonNode page = json(client.get("/api/v1/users?limit=2", admin), 200);
                assertThat(page.get("items")).extracting(item -> item.get("username").asText()).containsExactly("admin", "auditor");
                assertThat(page.get("next").asText()).isEqualTo("auditor");
                JsonNode rest = json(client.get("/api/v1/users?limit=2&cursor=auditor", admin), 200);
                assertThat(rest.get("items")).extracting(item -> item.get("username").asText()).containsExactly("hanoi.cdc");
                assertThat(rest.get("items").get(0).get("createdBy").asText()).isEqualTo(OPERATOR.name());
                assertThat(rest.has("next")).isTrue();
                assertThat(rest.get("next").isNull()).isTrue();

                bed.service().revokeUser(OPERATOR, "hanoi.cdc");
                assertProblem(client.get("/api/v1/me", manager), 401, "UNAUTHENTICATED");
            } finally {
                server.stop();
            }
        }
    }

    /** An open health check, and a stand-in for a feature's write scoped by the facility's province. */
    private static Routes testRoutes(MapFacilityLookup facilities) {
        return routes -> routes.get("/api/v1/health", ctx -> ctx.json(Map.of("status", "ok"))).post("/api/v1/test/facilities/{id}/writes", ctx -> {
            UUID facility = Requests.pathId(ctx, "id");
            Requests.actor(ctx).requireWriteAt(facility, facilities.provinceOf(facility), "write");
            ctx.json(Map.of("written", true));
        });
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Json.mapper().readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Json.mapper().readTree(response.body());
    }

    private record Client(int port) {
        HttpResponse<String> get(String path, String token) throws Exception {
            return send(request(path, token).GET());
        }

        HttpResponse<String> post(String path, String token) throws Exception {
            return send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()));
        }

        private HttpRequest.Builder request(String path, String token) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            return token == null ? builder : builder.header("Authorization", "Bearer " + token);
        }

        private static HttpResponse<String> send(HttpRequest.Builder builder) throws Exception {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
