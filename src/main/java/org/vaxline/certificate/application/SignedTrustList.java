package org.vaxline.certificate.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.util.Base64;

import java.security.cert.CertificateEncodingException;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trust list a verifier downloads: our document signers still in force and the partners' imported ones (each with its
 * EU DCC key id, country, key usages, validity and DER certificate) and the SMART Health Card keys (JWKs), signed by our
 * current signer as a compact JWS (ES256, x5c its certificate) whose payload is the same JSON as {@code content}.
 */
public final class SignedTrustList {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ManageKeys keys;
    private final CertificateSettings settings;
    private final Clock clock;

    public SignedTrustList(ManageKeys keys, CertificateSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    /** The document: {@code content} (readable) and {@code jws} (the signed same content). */
    public Map<String, Object> document() {
        SigningKey signer = keys.current();
        TrustList trust = keys.trustList();
        List<Map<String, Object>> signers = new ArrayList<>();
        for (TrustedSigner s : trust.all()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kid", s.kid());
            if (s.country() != null) {
                entry.put("country", s.country());
            }
            entry.put("source", s.source());
            entry.put("subject", s.certificate().getSubjectX500Principal().getName());
            entry.put("notBefore", s.certificate().getNotBefore().toInstant().toString());
            entry.put("notAfter", s.certificate().getNotAfter().toInstant().toString());
            if (s.extendedKeyUsages() != null) {
                entry.put("extendedKeyUsages", s.extendedKeyUsages());
            }
            try {
                entry.put("certificate", java.util.Base64.getEncoder().encodeToString(s.certificate().getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
            signers.add(entry);
        }
        List<Map<String, Object>> jwks = new ArrayList<>();
        for (TrustList.TrustedKey k : trust.allKeys()) {
            Map<String, Object> jwk = new LinkedHashMap<>(new com.nimbusds.jose.jwk.ECKey.Builder(com.nimbusds.jose.jwk.Curve.P_256,
                    (java.security.interfaces.ECPublicKey) k.key()).keyID(k.kid()).build().toJSONObject());
            jwk.put("source", k.source());
            jwks.add(jwk);
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("issuer", settings.issuer());
        content.put("country", settings.country());
        content.put("generatedAt", clock.instant().toString());
        content.put("signers", signers);
        content.put("keys", jwks);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("content", content);
        document.put("jws", sign(content, signer));
        return document;
    }

    private static String sign(Map<String, Object> content, SigningKey signer) {
        try {
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("trust-list+json"))
                    .keyID(Shc.thumbprint(signer.certificate().getPublicKey()))
                    .x509CertChain(List.of(Base64.encode(signer.certificate().getEncoded()))).build();
            JWSObject jws = new JWSObject(header, new Payload(JSON.writeValueAsBytes(content)));
            ECDSASigner ecdsa = new ECDSASigner((ECPrivateKey) signer.privateKey());
            ecdsa.getJCAContext().setProvider(Crypto.BC);
            jws.sign(ecdsa);
            return jws.serialize();
        } catch (JOSEException | JsonProcessingException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot sign the trust list: " + e.getMessage(), e);
        }
    }
}
