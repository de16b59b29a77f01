package org.vaxline.access.application;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes through Spring Security's crypto module (on BouncyCastle, pure Java: no native library),
 * with the parameters OWASP lists as a minimum for Argon2id (19 MiB of memory, 2 iterations, 1 lane). A hash is a PHC
 * string that names its own parameters, so raising them later still checks every older hash.
 */
public final class PasswordHashing {
    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    /** Checked against when the user is unknown or has no password, so that a refusal takes as long either way. */
    private final String decoy = encoder.encode("decoy password that is never any user's");

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash == null ? decoy : hash);
    }
}
