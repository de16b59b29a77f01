package org.vaxline.fhir.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.vaxline.facility.domain.Facility;
import org.vaxline.fhir.application.FhirError;
import org.vaxline.fhir.application.FhirReads;
import org.vaxline.fhir.application.SearchResult;
import org.vaxline.fhir.mapping.Capability;
import org.vaxline.fhir.mapping.FacilityMapping;
import org.vaxline.fhir.mapping.Fhir;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Requests;
import org.vaxline.platform.http.Routes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.vaxline.platform.http.HttpServer.FHIR;

/**
 * The FHIR R4 facade's reads and searches over HTTP: plain Javalin handlers that answer {@code application/fhir+json}
 * with HAPI's parser. Searches answer a {@code searchset} Bundle with {@code self} and {@code next} links (the cursor
 * travels in {@code _cursor}); an unknown search parameter is refused rather than ignored, so that no filter is
 * silently dropped.
 */
public final class FhirRoutes implements Routes {
    public static final int DEFAULT_COUNT = 50;
    public static final int MAX_COUNT = 1000;
    private static final Set<String> COMMON = Set.of("_count", "_cursor", "_summary", "_total", "_format");
    private final FhirReads reads;
    private final org.vaxline.fhir.application.FhirWrites writes;
    private final String version;
    private final Date published = new Date();

    private final org.vaxline.fhir.application.FhirExports exports;

    public FhirRoutes(FhirReads reads, org.vaxline.fhir.application.FhirWrites writes,
                      org.vaxline.fhir.application.FhirExports exports, String version) {
        this.exports = exports;
        this.reads = reads;
        this.writes = writes;
        this.version = version;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(FHIR + "/metadata", ctx -> answer(ctx, 200, Capability.statement(base(ctx), version, published)));
        routes.get(FHIR + "/$export", ctx -> export(ctx, null));
        routes.get(FHIR + "/Patient/$export", ctx -> export(ctx, null));
        routes.get(FHIR + "/Group/{province}/$export", ctx -> export(ctx, ctx.pathParam("province")));
        routes.get(FHIR + "/$export-poll/{job}", ctx -> {
            var job = exports.job(Requests.actor(ctx), id(ctx, "job"));
            if (!job.done) {
                ctx.status(202).header("X-Progress", "in progress").header("Retry-After", "1");
                return;
            }
            Map<String, Object> manifest = new java.util.LinkedHashMap<>();
            manifest.put("transactionTime", job.transactionTime.toString());
            manifest.put("request", job.request);
            manifest.put("requiresAccessToken", true);
            List<Map<String, Object>> output = new ArrayList<>();
            job.counts.forEach((type, n) -> output.add(Map.of("type", type, "url",
                    base(ctx) + "/$export-file/" + job.id + "/" + type + ".ndjson", "count", n)));
            manifest.put("output", output);
            manifest.put("error", job.error == null ? List.of() : List.of(Map.of("type", "OperationOutcome", "message", job.error)));
            ctx.status(200).contentType("application/json").result(org.vaxline.platform.json.Json.mapper().writeValueAsString(manifest));
        });
        routes.delete(FHIR + "/$export-poll/{job}", ctx -> {
            exports.cancel(Requests.actor(ctx), id(ctx, "job"));
            ctx.status(202);
        });
        routes.get(FHIR + "/$export-file/{job}/{file}", ctx -> {
            var job = exports.job(Requests.actor(ctx), id(ctx, "job"));
            String file = ctx.pathParam("file");
            String type = file.endsWith(".ndjson") ? file.substring(0, file.length() - 7) : "";
            if (!job.done || !job.counts.containsKey(type)) {
                throw new VaxlineException(FhirError.FHIR_EXPORT_NOT_READY, "no file " + type + " in export " + job.id);
            }
            ctx.status(200).contentType(Fhir.NDJSON).result(java.nio.file.Files.newInputStream(job.folder.resolve(type + ".ndjson")));
        });
        routes.get(FHIR + "/Patient", ctx -> {
            allow(ctx, "identifier", "name", "birthdate");
            SearchResult result = reads.searchPatients(Requests.actor(ctx), one(ctx, "identifier"), one(ctx, "name"),
                    one(ctx, "birthdate"), ctx.queryParam("_cursor"), count(ctx));
            searchset(ctx, "Patient", result);
        });
        routes.get(FHIR + "/Patient/{id}", ctx -> answer(ctx, 200, reads.patient(Requests.actor(ctx), id(ctx))));
        routes.get(FHIR + "/Immunization", ctx -> {
            allow(ctx, "patient", "date", "vaccine-code", "lot-number");
            String patient = one(ctx, "patient");
            var query = new FhirReads.ImmunizationQuery(patient == null ? null : reference("patient", patient, "Patient"),
                    ctx.queryParams("date"), one(ctx, "vaccine-code"), one(ctx, "lot-number"));
            SearchResult result = reads.searchImmunizations(Requests.actor(ctx), query, cursor(ctx), count(ctx), countOnly(ctx),
                    "accurate".equals(ctx.queryParam("_total")));
            searchset(ctx, "Immunization", result);
        });
        routes.post(FHIR + "/Immunization", ctx -> {
            org.hl7.fhir.r4.model.Immunization imm = parse(ctx, org.hl7.fhir.r4.model.Immunization.class);
            var recorded = writes.record(Requests.actor(ctx), imm);
            UUID id = recorded.value().id();
            if (recorded.isNew()) {
                ctx.header("Location", base(ctx) + "/Immunization/" + id);
            }
            answer(ctx, recorded.isNew() ? 201 : 200, reads.immunizations(List.of(
                    new org.vaxline.registry.application.DoseView(recorded.value(), null))).get(0));
        });
        routes.post(FHIR, ctx -> {
            Bundle bundle = parse(ctx, Bundle.class);
            var outcomes = writes.bundle(Requests.actor(ctx), bundle);
            Bundle response = new Bundle().setType(bundle.getType() == Bundle.BundleType.TRANSACTION
                    ? Bundle.BundleType.TRANSACTIONRESPONSE : Bundle.BundleType.BATCHRESPONSE);
            response.setId(UUID.randomUUID().toString());
            for (var o : outcomes) {
                var entry = response.addEntry();
                if (o.recorded() != null) {
                    entry.getResponse().setStatus(o.recorded().isNew() ? "201 Created" : "200 OK")
                            .setLocation("Immunization/" + o.recorded().value().id());
                } else {
                    int status = org.vaxline.platform.http.Problems.status(o.refused().code().kind());
                    entry.getResponse().setStatus(String.valueOf(status)).setOutcome(outcome(o.refused(), status));
                }
            }
            answer(ctx, 200, response);
        });
        routes.get(FHIR + "/Immunization/{id}", ctx -> answer(ctx, 200, reads.immunization(Requests.actor(ctx), id(ctx))));
        routes.get(FHIR + "/ImmunizationRecommendation", ctx -> {
            allow(ctx, "patient");
            String patient = one(ctx, "patient");
            if (patient == null) {
                throw VaxlineException.field(FhirError.FHIR_SEARCH_INVALID, "patient", "is required");
            }
            var rec = reads.recommendation(Requests.actor(ctx), reference("patient", patient, "Patient"));
            searchset(ctx, "ImmunizationRecommendation", new SearchResult(List.of(rec), 1L, null));
        });
        routes.get(FHIR + "/ImmunizationRecommendation/{id}", ctx -> answer(ctx, 200,
                reads.recommendation(Requests.actor(ctx), id(ctx))));
        routes.get(FHIR + "/Organization", ctx -> facilities(ctx, "Organization", FacilityMapping::organization));
        routes.get(FHIR + "/Organization/{id}", ctx -> {
            Requests.actor(ctx);
            answer(ctx, 200, reads.organization(ctx.pathParam("id")));
        });
        routes.get(FHIR + "/Location", ctx -> facilities(ctx, "Location", FacilityMapping::location));
        routes.get(FHIR + "/Location/{id}", ctx -> {
            Requests.actor(ctx);
            answer(ctx, 200, reads.location(ctx.pathParam("id")));
        });
    }

    private void export(Context ctx, String province) {
        allow(ctx, "_type", "_since", "_outputFormat");
        String format = ctx.queryParam("_outputFormat");
        if (format != null && !Set.of("application/fhir+ndjson", "application/ndjson", "ndjson").contains(format)) {
            throw VaxlineException.field(FhirError.FHIR_SEARCH_INVALID, "_outputFormat", "only application/fhir+ndjson is written");
        }
        String types = one(ctx, "_type");
        String since = one(ctx, "_since");
        java.time.Instant sinceAt;
        try {
            sinceAt = since == null ? null : java.time.OffsetDateTime.parse(since).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw VaxlineException.field(FhirError.FHIR_SEARCH_INVALID, "_since", "must be an instant with its offset");
        }
        var job = exports.start(Requests.actor(ctx), ctx.fullUrl(), province,
                types == null ? null : List.of(types.split(",")), sinceAt);
        ctx.status(202).header("Content-Location", base(ctx) + "/$export-poll/" + job.id);
    }

    private static UUID id(Context ctx, String name) {
        try {
            return UUID.fromString(ctx.pathParam(name));
        } catch (IllegalArgumentException e) {
            throw new VaxlineException(FhirError.FHIR_EXPORT_NOT_READY, "no export " + ctx.pathParam(name).replaceAll("[^A-Za-z0-9-]", "?"));
        }
    }

    private void facilities(Context ctx, String type, Function<Facility, Resource> mapping) {
        Requests.actor(ctx);
        allow(ctx, "address-state");
        String after = ctx.queryParam("_cursor");
        int count = count(ctx);
        List<Facility> fetched = reads.facilities(one(ctx, "address-state"), after, count + 1);
        String next = fetched.size() > count ? fetched.get(count - 1).code() : null;
        List<Resource> shown = fetched.stream().limit(count).map(mapping).toList();
        searchset(ctx, type, new SearchResult(shown, null, next));
    }

    // ---- answers

    private static <T extends IBaseResource> T parse(Context ctx, Class<T> type) {
        try {
            return Fhir.strictJson().parseResource(type, ctx.body());
        } catch (ca.uhn.fhir.parser.DataFormatException | ClassCastException | IllegalArgumentException e) {
            throw new VaxlineException(FhirError.FHIR_RESOURCE_INVALID, "the body is not a valid FHIR R4 " + type.getSimpleName()
                    + " in JSON: " + String.valueOf(e.getMessage()).replaceAll("\\p{Cntrl}", " "));
        }
    }

    private static org.hl7.fhir.r4.model.OperationOutcome outcome(VaxlineException e, int status) {
        var oo = new org.hl7.fhir.r4.model.OperationOutcome();
        var issue = oo.addIssue().setSeverity(org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity.ERROR)
                .setCode(org.hl7.fhir.r4.model.OperationOutcome.IssueType.fromCode(
                        org.vaxline.platform.http.OperationOutcomes.issueType(status)))
                .setDiagnostics(e.getMessage());
        issue.getDetails().addCoding().setSystem(org.vaxline.platform.http.OperationOutcomes.ERROR_CODE_SYSTEM)
                .setCode(e.code().name()).setDisplay(e.code().title());
        return oo;
    }

    public static void answer(Context ctx, int status, IBaseResource resource) {
        ctx.status(status).contentType(Fhir.JSON).result(Fhir.encode(resource));
    }

    private void searchset(Context ctx, String type, SearchResult result) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        bundle.setId(UUID.randomUUID().toString());
        bundle.getMeta().setLastUpdated(new Date());
        if (result.total() != null) {
            bundle.setTotal(result.total().intValue());
        }
        String base = base(ctx);
        bundle.addLink().setRelation("self").setUrl(base + ctx.path().substring(FHIR.length()) + query(ctx, null));
        if (result.next() != null) {
            bundle.addLink().setRelation("next").setUrl(base + "/" + type + query(ctx, result.next()));
        }
        for (Resource r : result.resources()) {
            bundle.addEntry().setFullUrl(base + "/" + r.fhirType() + "/" + r.getIdElement().getIdPart()).setResource(r)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        answer(ctx, 200, bundle);
    }

    /** The request's query with the cursor replaced (null: as asked). */
    private static String query(Context ctx, String cursor) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (cursor != null && e.getKey().equals("_cursor")) {
                continue;
            }
            for (String v : e.getValue()) {
                parts.add(encode(e.getKey()) + "=" + encode(v));
            }
        }
        if (cursor != null) {
            parts.add("_cursor=" + encode(cursor));
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The facade's base URL as the client reached it. */
    public static String base(Context ctx) {
        return ctx.scheme() + "://" + ctx.host() + FHIR;
    }

    // ---- parameters

    private static void allow(Context ctx, String... names) {
        Set<String> allowed = Set.of(names);
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name) && !COMMON.contains(name)) {
                throw VaxlineException.field(FhirError.FHIR_SEARCH_INVALID, name, "is not a search parameter this server supports"
                        + " here (see /fhir/metadata); supported: " + String.join(", ", names));
            }
        }
        if (ctx.queryParam("_summary") != null && !"count".equals(ctx.queryParam("_summary"))) {
            throw VaxlineException.field(FhirError.FHIR_SEARCH_INVALID, "_summary", "only _summary=count is supported");
        }
    }

    private static String one(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw VaxlineException.field(FhirError.FHIR_SEARCH_INVALID, name, "may be given once");
        }
        String value = values.isEmpty() ? null : values.get(0).strip();
        return value == null || value.isEmpty() ? null : value;
    }

    private static boolean countOnly(Context ctx) {
        return "count".equals(ctx.queryParam("_summary"));
    }

    private static int count(Context ctx) {
        String text = ctx.queryParam("_count");
        if (text == null) {
            return DEFAULT_COUNT;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return Math.min(n, MAX_COUNT);
        } catch (NumberFormatException e) {
            throw VaxlineException.field(FhirError.FHIR_SEARCH_INVALID, "_count", "must be a whole number from 1");
        }
    }

    private static UUID cursor(Context ctx) {
        String text = ctx.queryParam("_cursor");
        return text == null ? null : Requests.uuid(text, "_cursor");
    }

    private static UUID id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new VaxlineException(org.vaxline.platform.error.PlatformError.NOT_FOUND, "no resource with id " + text
                    .replaceAll("[^A-Za-z0-9.-]", "?"));
        }
    }

    /** A reference parameter: {@code Type/id} or a bare id. */
    static UUID reference(String parameter, String value, String type) {
        String id = value.startsWith(type + "/") ? value.substring(type.length() + 1) : value;
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw VaxlineException.field(FhirError.FHIR_SEARCH_INVALID, parameter, "must be " + type + "/<id> or <id>");
        }
    }
}
