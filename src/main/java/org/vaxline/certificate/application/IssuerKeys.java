package org.vaxline.certificate.application;

import org.vaxline.certificate.domain.RevocationList;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a SMART Health Card verifier fetches from the issuer: the public keys of our signers still in force as a JWKS
 * ({@code /.well-known/jwks.json}; a key with revoked cards carries {@code crlVersion}), and each key's revocation list
 * ({@code /.well-known/crl/<kid>.json}, method {@code rid}).
 */
public final class IssuerKeys {
    private final ManageKeys keys;
    private final RevocationLists revocations;
    private final Clock clock;

    public IssuerKeys(ManageKeys keys, RevocationLists revocations, Clock clock) {
        this.keys = keys;
        this.revocations = revocations;
        this.clock = clock;
    }

    public Map<String, Object> jwks() {
        Instant now = clock.instant();
        Map<String, Integer> versions = new LinkedHashMap<>();
        revocations.list().shc().forEach(c -> versions.put(c.kid(), c.ctr()));
        List<Map<String, Object>> jwks = new ArrayList<>();
        for (SigningKey key : keys.keys()) {
            if (key.notAfter().isAfter(now)) {
                Map<String, Object> jwk = new LinkedHashMap<>(Shc.jwk(key.certificate()).toJSONObject());
                Integer version = versions.get(String.valueOf(jwk.get("kid")));
                if (version != null) {
                    jwk.put("crlVersion", version);
                }
                jwks.add(jwk);
            }
        }
        return Map.of("keys", jwks);
    }

    /** The revocation list of one of our keys, or null when the key is not ours. */
    public RevocationList.ShcCrl crl(String kid) {
        boolean ours = keys.keys().stream().anyMatch(k -> Shc.thumbprint(k.certificate().getPublicKey()).equals(kid));
        return ours ? revocations.shc(kid) : null;
    }
}
