package org.vaxline.certificate.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.util.Base64;

import java.io.ByteArrayOutputStream;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The transport of a SMART Health Card: the JWT payload ({@code iss}, {@code nbf}, {@code exp}, {@code vc}) as minified
 * JSON → raw DEFLATE → compact JWS (ES256, header {@code zip: DEF}, {@code kid} the key's RFC 7638 thumbprint) through
 * nimbus-jose-jwt → numeric {@code shc:/} text (each character as two digits, its code minus 45) for the QR code.
 */
public final class Shc {
    public static final String PREFIX = "shc:/";
    public static final String HEALTH_CARD = "https://smarthealth.cards#health-card";
    private static final int MAX_INFLATED = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Shc() {
    }

    /** The JWT payload of a health card. */
    public static Map<String, Object> payload(String issuerUrl, Instant notBefore, Instant expires, Map<String, Object> bundle, String rid) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("fhirVersion", org.vaxline.certificate.domain.FhirImmunization.FHIR_VERSION);
        subject.put("fhirBundle", bundle);
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("type", List.of(HEALTH_CARD, "https://smarthealth.cards#immunization"));
        vc.put("credentialSubject", subject);
        vc.put("rid", rid);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", issuerUrl);
        payload.put("nbf", notBefore.getEpochSecond());
        if (expires != null) {
            payload.put("exp", expires.getEpochSecond());
        }
        payload.put("vc", vc);
        return payload;
    }

    /** Signs the payload as a compact JWS. */
    public static String sign(Map<String, Object> payload, SigningKey key) {
        try {
            byte[] json = JSON.writeValueAsBytes(payload);
            JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(thumbprint(key.certificate().getPublicKey()))
                    .customParam("zip", "DEF").build();
            JWSObject jws = new JWSObject(header, new Payload(deflate(json)));
            ECDSASigner signer = new ECDSASigner((ECPrivateKey) key.privateKey());
            signer.getJCAContext().setProvider(Crypto.BC);
            jws.sign(signer);
            return jws.serialize();
        } catch (JsonProcessingException | JOSEException | ClassCastException e) {
            throw new IllegalStateException("cannot sign the health card: " + e.getMessage(), e);
        }
    }

    /** The SMART Health Card key id of a public key: its RFC 7638 JWK thumbprint (SHA-256, base64url). */
    public static String thumbprint(PublicKey key) {
        try {
            return new ECKey.Builder(Curve.P_256, (ECPublicKey) key).build().computeThumbprint().toString();
        } catch (JOSEException | ClassCastException e) {
            throw new IllegalArgumentException("not a P-256 public key: " + e.getMessage(), e);
        }
    }

    /** A signer's public JWK as an issuer publishes it: kty, kid, use, alg, crv, x, y and its certificate (x5c). */
    public static ECKey jwk(X509Certificate certificate) {
        try {
            return new ECKey.Builder(Curve.P_256, (ECPublicKey) certificate.getPublicKey()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256).keyIDFromThumbprint()
                    .x509CertChain(List.of(Base64.encode(certificate.getEncoded()))).build();
        } catch (JOSEException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The numeric QR text of a JWS. */
    public static String numeric(String jws) {
        StringBuilder out = new StringBuilder(PREFIX.length() + jws.length() * 2).append(PREFIX);
        for (int i = 0; i < jws.length(); i++) {
            int value = jws.charAt(i) - 45;
            out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
        }
        return out.toString();
    }

    /** The JWS of numeric QR text (after the prefix); says what is wrong with malformed digits. */
    public static String fromNumeric(String digits) {
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("an odd number of digits (" + digits.length() + ")");
        }
        StringBuilder jws = new StringBuilder(digits.length() / 2);
        for (int i = 0; i < digits.length(); i += 2) {
            char a = digits.charAt(i);
            char b = digits.charAt(i + 1);
            if (a < '0' || a > '9' || b < '0' || b > '9') {
                throw new IllegalArgumentException("a character other than a digit at " + i);
            }
            int value = (a - '0') * 10 + (b - '0');
            if (value > 77) {
                throw new IllegalArgumentException("pair " + value + " at " + i + " is above 77");
            }
            jws.append((char) (value + 45));
        }
        return jws.toString();
    }

    static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(bytes);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    /** Raw DEFLATE (RFC 1951, no zlib header) inflate, at most 64 KiB out. */
    public static byte[] inflate(byte[] bytes) {
        Inflater inflater = new Inflater(true);
        inflater.setInput(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 3);
        byte[] buffer = new byte[2048];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalArgumentException("DEFLATE data ends early");
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED) {
                    throw new IllegalArgumentException("DEFLATE data inflates past " + MAX_INFLATED + " bytes");
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("not raw DEFLATE: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }
}
