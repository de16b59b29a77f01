package org.vaxline.certificate.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import org.vaxline.certificate.domain.ShcSchema;
import org.vaxline.certificate.domain.Stage;
import org.vaxline.certificate.domain.StageResult;
import org.vaxline.certificate.domain.VerificationReport;

import java.io.IOException;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies a SMART Health Card offline, stage by stage: prefix (numeric {@code shc:/}, or a bare JWS), JWS structure and
 * header (ES256, {@code zip: DEF}, a kid), raw DEFLATE, key id in the trust list, signature (nimbus), validity ({@code nbf}
 * and {@code exp} at the moment), schema (the specification's required elements), vaccine code systems, revocation
 * ({@code vc.rid}). A stage that cannot run after a failed one is skipped.
 */
public final class ShcVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Whether the text is a SMART Health Card (numeric or a bare compact JWS) rather than an EU DCC. */
    public static boolean isShc(String text) {
        String t = text == null ? "" : text.trim();
        return t.regionMatches(true, 0, Shc.PREFIX, 0, Shc.PREFIX.length()) || t.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @SuppressWarnings("unchecked")
    public VerificationReport verify(String text, TrustList trust, Instant at, Set<String> revoked) {
        Run run = new Run();
        String input = text == null ? "" : text.trim();
        String compact;
        if (input.regionMatches(true, 0, Shc.PREFIX, 0, Shc.PREFIX.length())) {
            try {
                compact = Shc.fromNumeric(input.substring(Shc.PREFIX.length()));
            } catch (IllegalArgumentException e) {
                return run.fail(Stage.PREFIX, "numeric shc:/ text: " + e.getMessage());
            }
            run.pass(Stage.PREFIX, "shc:/ numeric");
        } else if (isShc(input)) {
            compact = input;
            run.pass(Stage.PREFIX, "bare JWS");
        } else {
            return run.fail(Stage.PREFIX, "does not start with " + Shc.PREFIX);
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(compact);
        } catch (ParseException e) {
            return run.fail(Stage.JWS, "not a compact JWS: " + e.getMessage());
        }
        String kid = jws.getHeader().getKeyID();
        run.claims.put("kid", kid);
        run.claims.put("alg", jws.getHeader().getAlgorithm().getName());
        if (!JWSAlgorithm.ES256.equals(jws.getHeader().getAlgorithm())) {
            return run.fail(Stage.JWS, "algorithm " + jws.getHeader().getAlgorithm() + " is not ES256");
        }
        if (!"DEF".equals(jws.getHeader().getCustomParam("zip"))) {
            return run.fail(Stage.JWS, "header zip is not DEF");
        }
        run.pass(Stage.JWS);
        Map<String, Object> payload;
        try {
            payload = JSON.readValue(Shc.inflate(jws.getPayload().toBytes()), LinkedHashMap.class);
        } catch (IllegalArgumentException | IOException e) {
            return run.fail(Stage.ZLIB, e instanceof IOException ? "the inflated payload is not JSON" : e.getMessage());
        }
        run.pass(Stage.ZLIB);
        run.payload = payload;
        run.claims.put("issuer", payload.get("iss"));
        Instant nbf = instant(payload.get("nbf"));
        Instant exp = instant(payload.get("exp"));
        run.claims.put("issuedAt", nbf);
        run.claims.put("expiresAt", exp);

        List<TrustList.TrustedKey> candidates = trust.byJwkKid(kid);
        if (kid == null) {
            run.add(StageResult.fail(Stage.KID, "no kid in the header"));
        } else if (candidates.isEmpty()) {
            run.add(StageResult.fail(Stage.KID, "key id " + kid + " is not in the trust list"));
        } else {
            run.pass(Stage.KID, null);
        }
        if (candidates.isEmpty()) {
            run.add(StageResult.skipped(Stage.SIGNATURE));
        } else {
            TrustList.TrustedKey signer = null;
            for (TrustList.TrustedKey k : candidates) {
                if (verifies(jws, k)) {
                    signer = k;
                    break;
                }
            }
            run.add(signer == null ? StageResult.fail(Stage.SIGNATURE, "signature does not verify with the trusted key")
                    : StageResult.pass(Stage.SIGNATURE, "ES256 by " + signer.source()));
        }
        if (nbf == null) {
            run.add(StageResult.fail(Stage.VALIDITY, "nbf is required"));
        } else if (nbf.isAfter(at)) {
            run.add(StageResult.fail(Stage.VALIDITY, "not before " + nbf + ", after " + at));
        } else if (exp != null && !exp.isAfter(at)) {
            run.add(StageResult.fail(Stage.VALIDITY, "expired at " + exp));
        } else {
            run.pass(Stage.VALIDITY, null);
        }
        List<String> schema = ShcSchema.problems(payload);
        run.add(schema.isEmpty() ? StageResult.pass(Stage.SCHEMA) : StageResult.fail(Stage.SCHEMA, String.join("; ", schema)));
        List<String> codes = ShcSchema.unknownVaccineCodes(payload);
        run.add(codes.isEmpty() ? StageResult.pass(Stage.VALUE_SETS) : StageResult.fail(Stage.VALUE_SETS, String.join("; ", codes)));
        Object rid = payload.get("vc") instanceof Map<?, ?> vc ? vc.get("rid") : null;
        if (rid == null) {
            run.add(StageResult.pass(Stage.REVOCATION, "no rid: cannot be revoked"));
        } else {
            run.add(revoked.contains(String.valueOf(rid)) ? StageResult.fail(Stage.REVOCATION, "revoked (rid " + rid + ")")
                    : StageResult.pass(Stage.REVOCATION));
        }
        return run.report();
    }

    private static boolean verifies(JWSObject jws, TrustList.TrustedKey key) {
        try {
            // BouncyCastle with the key as it holds it: its precomputed multiples of the key's point are reused
            ECDSAVerifier verifier = new ECDSAVerifier((ECPublicKey) key.key());
            verifier.getJCAContext().setProvider(Crypto.BC);
            return jws.verify(verifier);
        } catch (JOSEException | ClassCastException | IllegalStateException e) {
            return false;
        }
    }

    private static Instant instant(Object value) {
        if (!(value instanceof Number n)) {
            return null;
        }
        double seconds = n.doubleValue();
        return Instant.ofEpochSecond((long) Math.floor(seconds), (long) ((seconds - Math.floor(seconds)) * 1e9));
    }

    private static final class Run {
        final List<StageResult> stages = new ArrayList<>();
        final Map<String, Object> claims = new LinkedHashMap<>();
        Map<String, Object> payload;

        void pass(Stage stage) {
            stages.add(StageResult.pass(stage));
        }

        void pass(Stage stage, String detail) {
            stages.add(StageResult.pass(stage, detail));
        }

        void add(StageResult result) {
            stages.add(result);
        }

        VerificationReport fail(Stage stage, String detail) {
            stages.add(StageResult.fail(stage, detail));
            for (Stage later : Stage.SHC.subList(Stage.SHC.indexOf(stage) + 1, Stage.SHC.size())) {
                stages.add(StageResult.skipped(later));
            }
            return report();
        }

        VerificationReport report() {
            return VerificationReport.of("shc", null, stages, claims.isEmpty() ? null : claims, payload);
        }
    }
}
