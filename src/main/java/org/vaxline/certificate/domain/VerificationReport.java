package org.vaxline.certificate.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What offline verification found: each stage's verdict in order, and the decoded payload when it could be read.
 *
 * @param valid    every stage passed
 * @param kind     the certificate's kind (v, t or r for the EU DCC), or null
 * @param claims   the signed envelope's claims (issuer, issued and expiry instants, key id), or null
 * @param payload  the health certificate as decoded (plain maps, lists, text and numbers), or null
 */
public record VerificationReport(boolean valid, String format, String kind, List<StageResult> stages,
                                 Map<String, Object> claims, Map<String, Object> payload) {

    public static VerificationReport of(String format, String kind, List<StageResult> stages, Map<String, Object> claims,
                                        Map<String, Object> payload) {
        boolean valid = stages.stream().allMatch(s -> s.verdict() == Verdict.PASS);
        return new VerificationReport(valid, format, kind, List.copyOf(stages), claims, payload);
    }

    public Optional<StageResult> stage(Stage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst();
    }

    public Verdict verdict(Stage stage) {
        return stage(stage).map(StageResult::verdict).orElse(Verdict.SKIPPED);
    }
}
