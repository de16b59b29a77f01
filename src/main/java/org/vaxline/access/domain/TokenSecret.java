package org.vaxline.access.domain;

import org.vaxline.platform.id.Digests;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret part of a token: {@code vxl_} and 32 random bytes in base64url. The prefix lets secret
 * scanners spot leaked tokens; SHA-256 suffices as the stored form because the secret is random, not a password.
 */
public final class TokenSecret {
    public static final String PREFIX = "vxl_";
    private static final int BYTES = 32;
    private static final int LENGTH = PREFIX.length() + 43;

    private TokenSecret() {
    }

    public static String generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lowercase hex SHA-256 of the whole token text, as stored and looked up. */
    public static String hash(String token) {
        return Digests.sha256Hex(token);
    }

    /** Cheap shape check, so that garbage never costs a database query. */
    public static boolean wellFormed(String token) {
        return token != null && token.length() == LENGTH && token.startsWith(PREFIX);
    }
}
