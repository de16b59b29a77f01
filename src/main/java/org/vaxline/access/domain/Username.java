package org.vaxline.access.domain;

import org.vaxline.platform.error.VaxlineException;

import java.util.regex.Pattern;

/** User names are recorded on every write, so they stay short, printable and shell-safe. */
public final class Username {
    public static final String FIELD = "username";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{3,64}");

    private Username() {
    }

    /** Answers the name unchanged, or rejects it naming the field. */
    /** Whether a name is well-formed, without throwing. */
    public static boolean valid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    public static String require(String name) {
        if (name == null || !VALID.matcher(name).matches()) {
            throw VaxlineException.field(AccessError.ACCESS_USERNAME_INVALID, FIELD,
                    "must be 3 to 64 letters, digits, '.', '_' or '-'");
        }
        return name;
    }
}
