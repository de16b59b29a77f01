package org.vaxline.certificate;

import org.junit.jupiter.api.Test;
import org.vaxline.certificate.application.Jwks;
import org.vaxline.certificate.application.RevokedFile;
import org.vaxline.certificate.application.ShcVerifier;
import org.vaxline.certificate.application.TrustList;
import org.vaxline.certificate.domain.Stage;
import org.vaxline.certificate.domain.VerificationReport;
import org.vaxline.certificate.domain.Verdict;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMART Health Card verifier against the specification's own examples (smart-on-fhir/health-cards; see
 * src/test/resources/smart-health-cards/README.md): each case's stage verdicts are the ones it expects.
 */
class ShcConformanceTest {
    private static final Instant AT = Instant.parse("2023-01-01T00:00:00Z");

    record Case(String name, String text, Set<String> revoked, TrustList trust, Map<Stage, Verdict> expected) {
    }

    @Test
    void everyStageAgreesWithTheSpecificationsExamples() throws Exception {
        TrustList spec = new TrustList(List.of(), Jwks.parse(read("issuer/.well-known/jwks.json"), "spec issuer"));
        TrustList other = new TrustList(List.of(), Jwks.parse("""
                {"keys":[{"kty":"EC","kid":"someone-else","crv":"P-256","x":"f6GJiCnbnBaIm2jDaH_3UPC7Yl-x5yBAi5ddZ8v3Y_w",
                "y":"jKcqirFw4G9v9gWTDCqAjvcCRQpbIK76bWqKBtseFzQ"}]}""", "other"));
        Set<String> crl = RevokedFile.read(resource("issuer/.well-known/crl/3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s.json"));
        String jws0 = read("example-00-d-jws.txt").trim();
        String numeric0 = read("example-00-f-qr-code-numeric-value-0.txt").trim();
        String jws3 = read("example-03-d-jws.txt").trim();
        String[] parts = jws0.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + (parts[2].startsWith("A") ? "B" : "A") + parts[2].substring(1);
        Map<Stage, Verdict> allPass = expect();
        List<Case> cases = List.of(
                new Case("example 0, numeric QR", numeric0, Set.of(), spec, allPass),
                new Case("example 0, JWS", jws0, Set.of(), spec, allPass),
                new Case("example 0 against the CRL", numeric0, crl, spec, allPass),
                new Case("example 3 (revoked) with no list", jws3, Set.of(), spec, allPass),
                new Case("example 3 against the CRL", jws3, crl, spec, expect(Stage.REVOCATION, Verdict.FAIL)),
                new Case("example 0, another issuer's keys", jws0, Set.of(), other,
                        expect(Stage.KID, Verdict.FAIL, Stage.SIGNATURE, Verdict.SKIPPED)),
                new Case("example 0, forged signature", forged, Set.of(), spec, expect(Stage.SIGNATURE, Verdict.FAIL)),
                new Case("example 0 before its nbf", jws0, Set.of(), spec, null),
                new Case("example 0, a digit dropped", numeric0.substring(0, numeric0.length() - 1), Set.of(), spec,
                        expect(Stage.PREFIX, Verdict.FAIL, Stage.JWS, Verdict.SKIPPED, Stage.ZLIB, Verdict.SKIPPED, Stage.KID,
                                Verdict.SKIPPED, Stage.SIGNATURE, Verdict.SKIPPED, Stage.VALIDITY, Verdict.SKIPPED, Stage.SCHEMA,
                                Verdict.SKIPPED, Stage.VALUE_SETS, Verdict.SKIPPED, Stage.REVOCATION, Verdict.SKIPPED)));
        ShcVerifier verifier = new ShcVerifier();
        int[] agreed = new int[Stage.SHC.size()];
        int[] checked = new int[Stage.SHC.size()];
        List<String> disagreements = new ArrayList<>();
        for (Case c : cases) {
            boolean early = c.expected() == null;
            VerificationReport report = verifier.verify(c.text(), c.trust(), early ? Instant.parse("2021-01-01T00:00:00Z") : AT, c.revoked());
            Map<Stage, Verdict> expected = early ? expect(Stage.VALIDITY, Verdict.FAIL) : c.expected();
            for (int i = 0; i < Stage.SHC.size(); i++) {
                Stage stage = Stage.SHC.get(i);
                checked[i]++;
                if (report.verdict(stage) == expected.get(stage)) {
                    agreed[i]++;
                } else {
                    disagreements.add(c.name() + ": " + stage + " " + report.stage(stage) + ", expected " + expected.get(stage));
                }
            }
            assertThat(report.valid()).as(c.name()).isEqualTo(expected.values().stream().allMatch(v -> v == Verdict.PASS));
        }
        StringBuilder summary = new StringBuilder("SMART Health Cards examples, agreement per stage (" + cases.size() + " cases):");
        for (int i = 0; i < Stage.SHC.size(); i++) {
            summary.append("\n  ").append(Stage.SHC.get(i)).append(": ").append(agreed[i]).append("/").append(checked[i]);
        }
        System.out.println(summary);
        assertThat(disagreements).as(summary.toString()).isEmpty();
        VerificationReport decoded = verifier.verify(numeric0, spec, AT, Set.of());
        assertThat(decoded.claims()).containsEntry("issuer", "https://smarthealth.cards/examples/issuer");
        assertThat(decoded.payload().toString()).contains("207", "http://hl7.org/fhir/sid/cvx");
    }

    /** Every SHC stage passes but those named, which have the given verdicts. */
    private static Map<Stage, Verdict> expect(Object... overrides) {
        Map<Stage, Verdict> map = new LinkedHashMap<>();
        Stage.SHC.forEach(s -> map.put(s, Verdict.PASS));
        for (int i = 0; i < overrides.length; i += 2) {
            map.put((Stage) overrides[i], (Verdict) overrides[i + 1]);
        }
        return map;
    }

    private static Path resource(String name) throws Exception {
        return Path.of(ShcConformanceTest.class.getResource("/smart-health-cards/" + name).toURI());
    }

    private static String read(String name) throws Exception {
        return Files.readString(resource(name), StandardCharsets.UTF_8);
    }
}
