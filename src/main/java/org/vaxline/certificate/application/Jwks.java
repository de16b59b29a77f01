package org.vaxline.certificate.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import org.vaxline.certificate.domain.CertificateError;
import org.vaxline.platform.error.VaxlineException;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON Web Key Set (a SMART Health Card issuer's {@code jwks.json}) into trusted P-256 keys, through nimbus. */
public final class Jwks {
    private Jwks() {
    }

    /** Whether the text looks like a JWKS (a JSON object with "keys"). */
    public static boolean looksLikeJwks(String text) {
        String t = text.trim();
        return t.startsWith("{") && t.contains("\"keys\"");
    }

    public static List<TrustList.TrustedKey> parse(String json, String source) {
        JWKSet set;
        try {
            set = JWKSet.parse(json);
        } catch (ParseException e) {
            throw VaxlineException.field(CertificateError.TRUST_LIST_UNREADABLE, "file", "is not a JWKS: " + e.getMessage());
        }
        List<TrustList.TrustedKey> keys = new ArrayList<>();
        for (JWK jwk : set.getKeys()) {
            if (jwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
                try {
                    String kid = ec.getKeyID() != null ? ec.getKeyID() : ec.computeThumbprint().toString();
                    keys.add(new TrustList.TrustedKey(kid, Crypto.providerKey(ec.toECPublicKey()), source));
                } catch (JOSEException e) {
                    throw VaxlineException.field(CertificateError.TRUST_LIST_UNREADABLE, "file", "key " + ec.getKeyID() + ": " + e.getMessage());
                }
            }
        }
        if (keys.isEmpty()) {
            throw VaxlineException.field(CertificateError.TRUST_LIST_UNREADABLE, "file", "holds no P-256 (ES256) key");
        }
        return keys;
    }
}
