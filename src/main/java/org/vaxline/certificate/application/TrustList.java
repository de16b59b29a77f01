package org.vaxline.certificate.application;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The document signers a verifier trusts, found by key id. */
public final class TrustList {
    private final Map<String, List<TrustedSigner>> byKid = new LinkedHashMap<>();

    public TrustList(Collection<TrustedSigner> signers) {
        signers.forEach(s -> byKid.computeIfAbsent(s.kid(), k -> new ArrayList<>()).add(s));
    }

    public static TrustList of(X509Certificate... certificates) {
        return new TrustList(java.util.Arrays.stream(certificates).map(c -> TrustedSigner.of(c, "given")).toList());
    }

    /** The signers with this key id (a kid is 8 bytes: two signers may share one, and each is tried). */
    public List<TrustedSigner> byKid(byte[] kid) {
        return kid == null ? List.of() : byKid.getOrDefault(Base64.getEncoder().encodeToString(kid), List.of());
    }

    public List<TrustedSigner> all() {
        return byKid.values().stream().flatMap(List::stream).toList();
    }

    public TrustList plus(Collection<TrustedSigner> more) {
        List<TrustedSigner> all = new ArrayList<>(all());
        all.addAll(more);
        return new TrustList(all);
    }
}
