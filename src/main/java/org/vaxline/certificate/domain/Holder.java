package org.vaxline.certificate.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * The person a certificate is for, with the name split as the EU DCC wants it. A Vietnamese name is written family name
 * first ("Nguyễn Văn An"): the first word is the family name, the rest the given names.
 */
public record Holder(UUID personId, String familyName, String givenName, LocalDate dateOfBirth, String sex) {

    public static Holder of(UUID personId, String fullName, LocalDate dateOfBirth, String sex) {
        String name = fullName.trim().replaceAll("\\s+", " ");
        int space = name.indexOf(' ');
        return space < 0 ? new Holder(personId, name, null, dateOfBirth, sex)
                : new Holder(personId, name.substring(0, space), name.substring(space + 1), dateOfBirth, sex);
    }

    /**
     * The ICAO 9303 machine-readable form of a name: Latin capitals without diacritics, 'Đ' as 'D', every other character
     * as '<', at most 80 characters (the EU DCC's fnt and gnt).
     */
    public static String icao(String name) {
        if (name == null) {
            return null;
        }
        String plain = Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            out.append(c >= 'A' && c <= 'Z' ? c : '<');
        }
        String text = out.toString().replaceAll("<+", "<").replaceAll("^<|<$", "");
        return text.length() > 80 ? text.substring(0, 80) : text;
    }
}
