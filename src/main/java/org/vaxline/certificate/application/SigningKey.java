package org.vaxline.certificate.application;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;

/** A document signer's private key with its certificate, under its alias in the key store. */
public record SigningKey(String alias, PrivateKey privateKey, X509Certificate certificate) {

    public byte[] kid() {
        return Crypto.kid(certificate);
    }

    public String kidBase64() {
        return Base64.getEncoder().encodeToString(kid());
    }

    public Instant notAfter() {
        return certificate.getNotAfter().toInstant();
    }

    @Override
    public String toString() {
        return "SigningKey[" + alias + ", " + certificate.getSubjectX500Principal() + "]";
    }
}
