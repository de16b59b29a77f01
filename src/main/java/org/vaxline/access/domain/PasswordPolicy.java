package org.vaxline.access.domain;

import org.vaxline.platform.error.VaxlineException;

import java.util.Locale;
import java.util.Set;

/**
 * What a password must be (NIST SP 800-63B in spirit): long rather than complicated — 12 to 128 characters, not
 * the user name, not one of the passwords everybody tries first, not a run of one or two characters.
 */
public final class PasswordPolicy {
    public static final String FIELD = "password";
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("123456789012", "password1234", "passwordpassword",
            "qwertyuiopas", "123123123123", "abcdefghijkl", "iloveyou1234", "vaxline12345", "administrator",
            "matkhau12345", "matkhau123456", "contrasena123", "111111111111", "000000000000", "abc123abc123");

    private PasswordPolicy() {
    }

    /** Throws {@code ACCESS_PASSWORD_WEAK} naming the first rule the password breaks. */
    public static void require(String username, String password) {
        String reason = reasonRefused(username, password);
        if (reason != null) {
            throw VaxlineException.field(AccessError.ACCESS_PASSWORD_WEAK, FIELD, reason);
        }
    }

    /** The rule a password breaks, or null when it meets the policy. */
    public static String reasonRefused(String username, String password) {
        if (password == null || password.isEmpty()) {
            return "a password is needed";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "at least " + MIN_LENGTH + " characters are needed";
        }
        if (length > MAX_LENGTH) {
            return "at most " + MAX_LENGTH + " characters are allowed";
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            return "control characters are not allowed";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "the password must not contain the user name";
        }
        if (COMMON.contains(lower)) {
            return "this password is among the first ones an attacker tries";
        }
        if (password.codePoints().distinct().count() < 4) {
            return "at least 4 different characters are needed";
        }
        return null;
    }
}
