package org.vaxline.certificate.application;

import com.fasterxml.jackson.databind.JsonNode;
import org.vaxline.certificate.domain.DccSchema;
import org.vaxline.certificate.domain.KeyUsage;
import org.vaxline.certificate.domain.RevocationHashes;
import org.vaxline.certificate.domain.Stage;
import org.vaxline.certificate.domain.StageResult;
import org.vaxline.certificate.domain.ValueSets;
import org.vaxline.certificate.domain.VerificationReport;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies an EU DCC offline, stage by stage: prefix, Base45, zlib, COSE/CBOR structure, key id in the trust list,
 * signature (ES256, PS256), validity of iat/exp and of the signer certificate at the given moment, key usage against the
 * certificate's kind, schema, value sets, revocation. A stage that cannot run after a failed one is skipped.
 */
public final class Hc1Verifier {
    private final ValueSets valueSets;

    public Hc1Verifier(ValueSets valueSets) {
        this.valueSets = valueSets;
    }

    /** @param revoked revocation hashes (base64 of 16 bytes) of certificates no longer valid */
    public VerificationReport verify(String text, TrustList trust, Instant at, Set<String> revoked) {
        Run run = new Run();
        String input = text == null ? "" : text.trim();
        if (!input.startsWith(Hc1.PREFIX)) {
            return run.fail(Stage.PREFIX, "does not start with " + Hc1.PREFIX);
        }
        run.pass(Stage.PREFIX);
        byte[] compressed;
        try {
            compressed = Hc1.base45Decode(input.substring(Hc1.PREFIX.length()));
        } catch (IllegalArgumentException e) {
            return run.fail(Stage.BASE45, e.getMessage());
        }
        run.pass(Stage.BASE45);
        byte[] coseBytes;
        try {
            coseBytes = Hc1.inflate(compressed);
        } catch (IllegalArgumentException e) {
            return run.fail(Stage.ZLIB, e.getMessage());
        }
        run.pass(Stage.ZLIB);
        CoseSign1 cose;
        Map<String, Object> payload;
        Instant iat;
        Instant exp;
        String issuer;
        try {
            cose = CoseSign1.decode(coseBytes);
            // the CWT is read once, straight into plain maps (its integer claim keys become text)
            Map<String, Object> cwt = readMap(cose.payload());
            if (cwt == null) {
                throw new IllegalArgumentException("CWT payload is not a map");
            }
            if (!(cwt.get("-260") instanceof Map<?, ?> hcerts) || !(hcerts.get("1") instanceof Map<?, ?> hcert)) {
                throw new IllegalArgumentException("CWT has no health certificate (claim -260/1)");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> certificate = (Map<String, Object>) hcert;
            payload = certificate;
            iat = instant(cwt.get("6"));
            exp = instant(cwt.get("4"));
            issuer = cwt.get("1") == null ? null : String.valueOf(cwt.get("1"));
            run.claims.put("issuer", issuer);
            run.claims.put("issuedAt", iat);
            run.claims.put("expiresAt", exp);
            run.claims.put("kid", cose.kid() == null ? null : Base64.getEncoder().encodeToString(cose.kid()));
            run.claims.put("alg", cose.alg());
            run.payload = payload;
            run.kind = DccSchema.kindOf(payload);
        } catch (IllegalArgumentException | java.io.IOException e) {
            return run.fail(Stage.COSE, e.getMessage());
        }
        run.pass(Stage.COSE);

        List<TrustedSigner> candidates = trust.byKid(cose.kid());
        TrustedSigner signer = null;
        if (cose.kid() == null) {
            run.add(StageResult.fail(Stage.KID, "no key id in the headers"));
        } else if (candidates.isEmpty()) {
            run.add(StageResult.fail(Stage.KID, "key id " + run.claims.get("kid") + " is not in the trust list"));
        } else {
            run.pass(Stage.KID);
        }
        if (candidates.isEmpty()) {
            run.add(StageResult.skipped(Stage.SIGNATURE));
        } else if (cose.alg() == null || (cose.alg() != CoseSign1.ES256 && cose.alg() != CoseSign1.PS256)) {
            run.add(StageResult.fail(Stage.SIGNATURE, "algorithm " + cose.alg() + " is neither ES256 (-7) nor PS256 (-37)"));
        } else {
            byte[] signed = cose.toBeSigned();
            for (TrustedSigner s : candidates) {
                if (Crypto.verify(cose.alg(), s.verificationKey(), signed, cose.signature())) {
                    signer = s;
                    break;
                }
            }
            run.add(signer == null ? StageResult.fail(Stage.SIGNATURE, "signature does not verify with the trusted key")
                    : StageResult.pass(Stage.SIGNATURE, (cose.alg() == CoseSign1.ES256 ? "ES256" : "PS256") + " by " + signer.source()));
        }
        run.add(validity(iat, exp, signer, at));
        if (signer == null) {
            run.add(StageResult.skipped(Stage.KEY_USAGE));
        } else if (run.kind == null) {
            run.add(StageResult.fail(Stage.KEY_USAGE, "the certificate has no single kind (v, t or r)"));
        } else {
            run.add(KeyUsage.allows(signer.extendedKeyUsages(), run.kind) ? StageResult.pass(Stage.KEY_USAGE)
                    : StageResult.fail(Stage.KEY_USAGE, "the signer's extended key usages " + signer.extendedKeyUsages()
                    + " do not allow kind '" + run.kind + "'"));
        }
        List<String> schema = DccSchema.problems(payload);
        run.add(schema.isEmpty() ? StageResult.pass(Stage.SCHEMA) : StageResult.fail(Stage.SCHEMA, String.join("; ", schema)));
        List<String> codes = schema.isEmpty() ? valueSets.problems(payload) : List.of("schema failed");
        run.add(schema.isEmpty() ? (codes.isEmpty() ? StageResult.pass(Stage.VALUE_SETS)
                : StageResult.fail(Stage.VALUE_SETS, String.join("; ", codes))) : StageResult.skipped(Stage.VALUE_SETS));
        run.add(revocation(cose, payload, issuer, revoked));
        return run.report();
    }

    private static StageResult validity(Instant iat, Instant exp, TrustedSigner signer, Instant at) {
        if (iat == null || exp == null) {
            return StageResult.fail(Stage.VALIDITY, "iat and exp are required");
        }
        if (iat.isAfter(at)) {
            return StageResult.fail(Stage.VALIDITY, "issued at " + iat + ", after " + at);
        }
        if (!exp.isAfter(at)) {
            return StageResult.fail(Stage.VALIDITY, "expired at " + exp);
        }
        if (signer != null) {
            try {
                signer.certificate().checkValidity(Date.from(iat));
            } catch (CertificateExpiredException | CertificateNotYetValidException e) {
                return StageResult.fail(Stage.VALIDITY, "the signer certificate was not valid when it signed (" + iat + ")");
            }
        }
        return StageResult.pass(Stage.VALIDITY);
    }

    private static StageResult revocation(CoseSign1 cose, Map<String, Object> payload, String issuer, Set<String> revoked) {
        String kind = DccSchema.kindOf(payload);
        Object ci = null;
        String country = issuer;
        if (kind != null && payload.get(kind) instanceof List<?> entries && !entries.isEmpty() && entries.get(0) instanceof Map<?, ?> e) {
            ci = e.get("ci");
            country = e.get("co") instanceof String co ? co : issuer;
        }
        if (ci == null) {
            return StageResult.skipped(Stage.REVOCATION);
        }
        if (revoked.isEmpty()) {
            return StageResult.pass(Stage.REVOCATION);
        }
        RevocationHashes hashes = RevocationHashes.of(String.valueOf(ci), country == null ? "" : country, cose.signature(),
                cose.alg() != null && cose.alg() == CoseSign1.ES256);
        return hashes.all().stream().anyMatch(revoked::contains)
                ? StageResult.fail(Stage.REVOCATION, "revoked (" + ci + ")") : StageResult.pass(Stage.REVOCATION);
    }

    private static Instant instant(Object value) {
        return value instanceof Number n ? Instant.ofEpochSecond(n.longValue()) : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> readMap(byte[] cbor) throws java.io.IOException {
        Object value = CoseSign1.CBOR.readValue(cbor, Object.class);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> toMap(JsonNode node) {
        return CoseSign1.CBOR.convertValue(node, LinkedHashMap.class);
    }

    /** The stages so far; a failure skips every later stage. */
    private static final class Run {
        final List<StageResult> stages = new ArrayList<>();
        final Map<String, Object> claims = new LinkedHashMap<>();
        Map<String, Object> payload;
        String kind;

        void pass(Stage stage) {
            stages.add(StageResult.pass(stage));
        }

        void add(StageResult result) {
            stages.add(result);
        }

        VerificationReport fail(Stage stage, String detail) {
            stages.add(StageResult.fail(stage, detail));
            for (Stage later : Stage.HC1.subList(Stage.HC1.indexOf(stage) + 1, Stage.HC1.size())) {
                stages.add(StageResult.skipped(later));
            }
            return report();
        }

        VerificationReport report() {
            return VerificationReport.of("hc1", kind, stages, claims.isEmpty() ? null : claims, payload);
        }
    }
}
