package org.vaxline.person.domain;

import java.util.Optional;

/** Vietnamese phone numbers in one form, +84 then the number without its leading 0, so every way of typing one matches. */
public final class PhoneNumber {
    private PhoneNumber() {
    }

    /** {@code 0912 345 678}, {@code +84 912 345 678}, {@code 84912345678} → {@code +84912345678}; empty if it is not one. */
    public static Optional<String> normalize(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip().replaceAll("[\\s.()-]", "");
        String national;
        if (digits.startsWith("+84")) {
            national = digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            return Optional.empty();
        }
        // 9 digits for mobiles, 10 for landlines with a 2x area code; never a leading 0 after the country code.
        if (!national.matches("[1-9][0-9]{8,9}")) {
            return Optional.empty();
        }
        return Optional.of("+84" + national);
    }
}
