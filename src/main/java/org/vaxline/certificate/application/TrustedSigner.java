package org.vaxline.certificate.application;

import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * A document signer a verifier trusts: its certificate, its key id, and where it came from (ours, or imported).
 *
 * @param extendedKeyUsages the certificate's extended key usage OIDs, null when it has none
 * @param verificationKey   the certificate's public key as the signature provider holds it, made once: verifying with
 *                          the same key object reuses what the provider precomputed for it
 */
public record TrustedSigner(String kid, X509Certificate certificate, String country, List<String> extendedKeyUsages, String source,
                            PublicKey verificationKey) {

    public static TrustedSigner of(X509Certificate certificate, String source) {
        List<String> ekus;
        try {
            ekus = certificate.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            ekus = null;
        }
        return new TrustedSigner(Base64.getEncoder().encodeToString(Crypto.kid(certificate)), certificate,
                countryOf(certificate), ekus == null ? null : List.copyOf(ekus), source, Crypto.providerKey(certificate.getPublicKey()));
    }

    static String countryOf(X509Certificate certificate) {
        for (String part : certificate.getSubjectX500Principal().getName().split(",")) {
            String p = part.trim();
            if (p.startsWith("C=")) {
                return p.substring(2);
            }
        }
        return null;
    }
}
