package org.vaxline.certificate.domain;

import org.vaxline.platform.id.Digests;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The EU DCC revocation list's three hashes of one certificate, each the first 16 bytes of a SHA-256, in base64: of the
 * UCI, of the issuing country and the UCI, and of the signature (for ECDSA its r half only, as the specification says).
 */
public record RevocationHashes(String uci, String countryCodeUci, String signature) {

    public static RevocationHashes of(String uci, String country, byte[] coseSignature, boolean ecdsa) {
        byte[] signed = ecdsa ? Arrays.copyOf(coseSignature, coseSignature.length / 2) : coseSignature;
        return new RevocationHashes(hash(uci.getBytes(StandardCharsets.UTF_8)),
                hash((country + uci).getBytes(StandardCharsets.UTF_8)), hash(signed));
    }

    public List<String> all() {
        return List.of(uci, countryCodeUci, signature);
    }

    static String hash(byte[] bytes) {
        return Base64.getEncoder().encodeToString(Arrays.copyOf(Digests.sha256(bytes), 16));
    }
}
