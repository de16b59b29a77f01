package org.vaxline.certificate.application;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The signers a verifier trusts: document-signer certificates found by EU DCC key id, and public keys found by SMART
 * Health Card key id (a JWK thumbprint) — every P-256 certificate's key, and keys given as a JWKS.
 */
public final class TrustList {
    private final Map<String, List<TrustedSigner>> byKid = new LinkedHashMap<>();
    private final List<TrustedKey> keys;
    private volatile Map<String, List<TrustedKey>> byJwkKid;

    /** A public key trusted for SMART Health Cards, under its key id. */
    public record TrustedKey(String kid, PublicKey key, String source) {
    }

    public TrustList(Collection<TrustedSigner> signers) {
        this(signers, List.of());
    }

    public TrustList(Collection<TrustedSigner> signers, Collection<TrustedKey> keys) {
        signers.forEach(s -> byKid.computeIfAbsent(s.kid(), k -> new ArrayList<>()).add(s));
        this.keys = List.copyOf(keys);
    }

    public static TrustList of(X509Certificate... certificates) {
        return new TrustList(java.util.Arrays.stream(certificates).map(c -> TrustedSigner.of(c, "given")).toList());
    }

    /** The signers with this key id (a kid is 8 bytes: two signers may share one, and each is tried). */
    public List<TrustedSigner> byKid(byte[] kid) {
        return kid == null ? List.of() : byKid.getOrDefault(Base64.getEncoder().encodeToString(kid), List.of());
    }

    /** The keys with this SMART Health Card key id. */
    public List<TrustedKey> byJwkKid(String kid) {
        Map<String, List<TrustedKey>> map = byJwkKid;
        if (map == null) {
            map = new LinkedHashMap<>();
            for (TrustedKey k : allKeys()) {
                map.computeIfAbsent(k.kid(), x -> new ArrayList<>()).add(k);
            }
            byJwkKid = map;
        }
        return kid == null ? List.of() : map.getOrDefault(kid, List.of());
    }

    public List<TrustedSigner> all() {
        return byKid.values().stream().flatMap(List::stream).toList();
    }

    /** The keys given as keys, and those of the P-256 certificates. */
    public List<TrustedKey> allKeys() {
        List<TrustedKey> all = new ArrayList<>(keys);
        for (TrustedSigner s : all()) {
            try {
                all.add(new TrustedKey(Shc.thumbprint(s.certificate().getPublicKey()), s.verificationKey(), s.source()));
            } catch (IllegalArgumentException notP256) {
                // an RSA or other signer: EU DCC only
            }
        }
        return all;
    }

    /** The keys given as keys (a JWKS), without the certificates'. */
    public List<TrustedKey> keys() {
        return keys;
    }

    public TrustList plus(Collection<TrustedSigner> more) {
        List<TrustedSigner> all = new ArrayList<>(all());
        all.addAll(more);
        return new TrustList(all, keys);
    }

    public TrustList plusKeys(Collection<TrustedKey> more) {
        List<TrustedKey> all = new ArrayList<>(keys);
        all.addAll(more);
        return new TrustList(all(), all);
    }
}
