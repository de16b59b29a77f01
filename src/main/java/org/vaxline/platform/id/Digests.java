package org.vaxline.platform.id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 and MD5 with a digest kept per thread: {@link MessageDigest#getInstance} searches the security providers on
 * every call, which on the dose path (a stock request's digest, a derived id, a token's hash per request) cost as much
 * as the hashing itself.
 */
public final class Digests {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> named("SHA-256"));
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> named("MD5"));
    private static final HexFormat HEX = HexFormat.of();

    private Digests() {
    }

    /** This thread's SHA-256 digest, reset: for hashing in several updates. Not to be kept past the caller's use. */
    public static MessageDigest sha256() {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return digest;
    }

    public static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256Hex(String text) {
        return HEX.formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** MD5, for name-based (version 3) UUIDs only: what {@link java.util.UUID#nameUUIDFromBytes} hashes with. */
    static byte[] md5(byte[] bytes) {
        MessageDigest digest = MD5.get();
        digest.reset();
        return digest.digest(bytes);
    }

    private static MessageDigest named(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }
}
