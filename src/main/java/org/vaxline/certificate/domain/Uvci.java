package org.vaxline.certificate.domain;

import java.util.Locale;
import java.util.UUID;

/**
 * The unique vaccination certificate identifier of the EU DCC (eHealth Network guidelines, UVCI version 01):
 * {@code URN:UVCI:01:VN:<opaque id>#<check character>}. The check character is Luhn mod N over the UVCI before the '#'
 * without its optional {@code URN:UVCI:} prefix — from the version ("01:") on, as the guidelines' Annex 2 and the
 * eu-dcc-schema examples compute it ("01:SE:EHM/…"), so that writing the prefix or not keeps the same check character —
 * in the 38-character set A–Z, 0–9, '/', ':' ('#' only delimits the check character; characters outside it are skipped).
 */
public final class Uvci {
    static final String CHARSET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/:";
    public static final String PREFIX = "URN:UVCI:01:";
    static final String URN = "URN:UVCI:";

    private Uvci() {
    }

    /** A new UVCI of the country for a certificate id: the id's 32 hexadecimal digits, upper case, and the check character. */
    public static String of(String country, UUID certificateId) {
        String body = PREFIX + country.toUpperCase(Locale.ROOT) + ":" + certificateId.toString().replace("-", "").toUpperCase(Locale.ROOT);
        return body + "#" + checkCharacter(body);
    }

    /** Luhn mod N (N = 38) over the characters of the set after any URN:UVCI: prefix, from the right, doubling every second one. */
    public static char checkCharacter(String text) {
        int n = CHARSET.length();
        int factor = 2;
        int sum = 0;
        String upper = withoutPrefix(text.toUpperCase(Locale.ROOT));
        for (int i = upper.length() - 1; i >= 0; i--) {
            int code = CHARSET.indexOf(upper.charAt(i));
            if (code < 0) {
                continue;
            }
            int addend = factor * code;
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return CHARSET.charAt((n - sum % n) % n);
    }

    /** The UVCI without its optional "URN:UVCI:" prefix (upper case expected). */
    static String withoutPrefix(String upper) {
        return upper.startsWith(URN) ? upper.substring(URN.length()) : upper;
    }

    /** Whether the UVCI has a check character and it is right; one without '#' has none to check and answers false. */
    public static boolean checkCharacterValid(String uvci) {
        int hash = uvci.lastIndexOf('#');
        if (hash < 0 || hash != uvci.length() - 2) {
            return false;
        }
        return Character.toUpperCase(uvci.charAt(hash + 1)) == checkCharacter(uvci.substring(0, hash));
    }
}
