package org.vaxline.certificate.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Which kinds of EU DCC a document signer may sign, by its extended key usages: a signer certificate that names none of
 * the DCC OIDs may sign all kinds; one that names some may sign only those (1.3.6.1.4.1.1847.2021.1.1 tests, .1.2
 * vaccinations, .1.3 recoveries, and the same under 1.3.6.1.4.1.0.1847.2021.1.x, as some countries issued them).
 */
public final class KeyUsage {
    /** The extended key usage our document signers carry: vaccination certificates. */
    public static final String VACCINATION = "1.3.6.1.4.1.1847.2021.1.2";
    private static final Map<String, String> KIND_BY_OID = Map.of(
            "1.3.6.1.4.1.1847.2021.1.1", "t", "1.3.6.1.4.1.1847.2021.1.2", "v", "1.3.6.1.4.1.1847.2021.1.3", "r",
            "1.3.6.1.4.1.0.1847.2021.1.1", "t", "1.3.6.1.4.1.0.1847.2021.1.2", "v", "1.3.6.1.4.1.0.1847.2021.1.3", "r");

    private KeyUsage() {
    }

    /** Whether a signer with these extended key usages (null or empty: none) may sign a certificate of this kind (v, t, r). */
    public static boolean allows(Collection<String> extendedKeyUsages, String kind) {
        if (extendedKeyUsages == null) {
            return true;
        }
        Set<String> kinds = extendedKeyUsages.stream().filter(KIND_BY_OID::containsKey).map(KIND_BY_OID::get)
                .collect(java.util.stream.Collectors.toSet());
        return kinds.isEmpty() || kinds.contains(kind);
    }
}
