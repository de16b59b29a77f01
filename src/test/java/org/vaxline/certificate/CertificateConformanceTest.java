package org.vaxline.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.vaxline.certificate.application.CertificateFiles;
import org.vaxline.certificate.application.Hc1Verifier;
import org.vaxline.certificate.application.TrustList;
import org.vaxline.certificate.application.TrustedSigner;
import org.vaxline.certificate.application.VerifyCertificate;
import org.vaxline.certificate.domain.Stage;
import org.vaxline.certificate.domain.VerificationReport;
import org.vaxline.certificate.domain.Verdict;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier against the public EU DCC test data (eu-digital-green-certificates/dgc-testdata, Apache-2.0; see
 * src/test/resources/dgc-testdata/README.md): each stage's verdict agrees with every expectation a case states, for the
 * common negative cases and positive cases of three countries (DE, AT, CZ).
 */
class CertificateConformanceTest {
    /** Each expectation of the test data and the stage(s) of our report that answer it. */
    private static final Map<String, List<Stage>> EXPECTATIONS = Map.of(
            "EXPECTEDUNPREFIX", List.of(Stage.PREFIX), "EXPECTEDB45DECODE", List.of(Stage.BASE45),
            "EXPECTEDCOMPRESSION", List.of(Stage.ZLIB), "EXPECTEDDECODE", List.of(Stage.COSE),
            "EXPECTEDVALIDJSON", List.of(Stage.COSE), "EXPECTEDVERIFY", List.of(Stage.KID, Stage.SIGNATURE),
            "EXPECTEDKEYUSAGE", List.of(Stage.KEY_USAGE), "EXPECTEDEXPIRATIONCHECK", List.of(Stage.VALIDITY),
            "EXPECTEDSCHEMAVALIDATION", List.of(Stage.SCHEMA));

    @Test
    void everyStageAgreesWithThePublicTestData() throws Exception {
        Hc1Verifier verifier = new Hc1Verifier(VerifyCertificate.valueSets());
        Map<String, int[]> agreed = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        List<Path> cases = new ArrayList<>();
        for (String set : List.of("/dgc-testdata/common", "/dgc-testdata/countries")) {
            try (var files = Files.list(Path.of(getClass().getResource(set).toURI()))) {
                cases.addAll(files.filter(f -> f.toString().endsWith(".json")).sorted().toList());
            }
        }
        for (Path file : cases) {
            JsonNode vector = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            JsonNode context = vector.path("TESTCTX");
            TrustList trust = new TrustList(CertificateFiles.parse(context.path("CERTIFICATE").asText().getBytes(StandardCharsets.US_ASCII))
                    .stream().map(c -> TrustedSigner.of(c, "test data")).toList());
            VerificationReport report = verifier.verify(vector.path("PREFIX").asText(), trust,
                    OffsetDateTime.parse(context.path("VALIDATIONCLOCK").asText()).toInstant(), Set.of());
            vector.path("EXPECTEDRESULTS").fields().forEachRemaining(e -> {
                List<Stage> stages = EXPECTATIONS.get(e.getKey());
                if (stages == null) {
                    return;
                }
                boolean passed = stages.stream().allMatch(s -> report.verdict(s) == Verdict.PASS);
                boolean agrees = passed == e.getValue().asBoolean();
                int[] counts = agreed.computeIfAbsent(e.getKey(), k -> new int[2]);
                counts[0] += agrees ? 1 : 0;
                counts[1]++;
                if (!agrees) {
                    disagreements.add(file.getFileName() + " " + e.getKey() + "=" + e.getValue() + " but " + report.stages());
                }
            });
        }
        StringBuilder summary = new StringBuilder("dgc-testdata agreement per expectation (" + cases.size() + " cases):");
        agreed.forEach((k, v) -> summary.append("\n  ").append(k).append(": ").append(v[0]).append("/").append(v[1]));
        System.out.println(summary);
        assertThat(disagreements).as(summary.toString()).isEmpty();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(11);
    }
}
