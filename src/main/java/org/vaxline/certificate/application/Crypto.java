package org.vaxline.certificate.application;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.vaxline.platform.id.Digests;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/**
 * Signing and verifying with BouncyCastle's provider, chosen for speed: its ECDSA verifies an HC1 certificate about ten
 * times faster than JDK 17's own EC. COSE carries ECDSA signatures as raw r||s, which BouncyCastle's PLAIN-ECDSA
 * signs and verifies directly.
 */
public final class Crypto {
    public static final Provider BC = new BouncyCastleProvider();

    private Crypto() {
    }

    /** The EU DCC key id: the first 8 bytes of the SHA-256 of the signer certificate's DER. */
    public static byte[] kid(X509Certificate certificate) {
        try {
            return Arrays.copyOf(Digests.sha256(certificate.getEncoded()), 8);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An ES256 signature as COSE and JWS carry it: r||s, 64 bytes. */
    public static byte[] signEs256(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA256withPLAIN-ECDSA", BC);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
        }
    }

    /** One verifier per algorithm and thread: looking a Signature up in the provider costs more than re-initialising it. */
    private static final ThreadLocal<Signature[]> VERIFIERS = ThreadLocal.withInitial(() -> new Signature[2]);

    /**
     * The key as the provider's own type (made once per trusted signer): BouncyCastle caches its precomputed multiples
     * of the key's point on the point itself, which a key converted afresh at every verification loses.
     */
    public static PublicKey providerKey(PublicKey key) {
        try {
            return java.security.KeyFactory.getInstance(key.getAlgorithm(), BC)
                    .generatePublic(new java.security.spec.X509EncodedKeySpec(key.getEncoded()));
        } catch (GeneralSecurityException | RuntimeException e) {
            return key;
        }
    }

    /** Whether the signature verifies: ES256 (raw r||s) or PS256 (RSASSA-PSS, SHA-256, MGF1 SHA-256, 32-byte salt). */
    public static boolean verify(int alg, PublicKey key, byte[] data, byte[] signatureBytes) {
        int slot = switch (alg) {
            case CoseSign1.ES256 -> 0;
            case CoseSign1.PS256 -> 1;
            default -> -1;
        };
        if (slot < 0) {
            return false;
        }
        try {
            Signature[] verifiers = VERIFIERS.get();
            Signature signature = verifiers[slot];
            if (signature == null) {
                signature = Signature.getInstance(slot == 0 ? "SHA256withPLAIN-ECDSA" : "SHA256withRSAandMGF1", BC);
                verifiers[slot] = signature;
            }
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
