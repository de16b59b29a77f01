package org.vaxline.person.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Names as people type them and as search compares them. */
public final class PersonName {
    private PersonName() {
    }

    /** The name as stored: trimmed, inner spaces collapsed, diacritics kept (Nguyễn Văn An). */
    public static String clean(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ");
    }

    /**
     * The name as search compares it: lower case, without diacritics, spaces collapsed, so that {@code nguyen van an}
     * finds {@code Nguyễn Văn An}. đ is a letter of its own, not d with a mark, so NFD leaves it: it is mapped by hand.
     */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
        String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.strip().replaceAll("\\s+", " ");
    }
}
