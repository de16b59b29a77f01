package org.vaxline.registryimport.domain;

import java.util.Locale;

/** A column of an import file, known by its English or its Vietnamese (ministry) header name. */
public record Column(String english, String vietnamese, boolean required) {

    public static Column required(String english, String vietnamese) {
        return new Column(english, vietnamese, true);
    }

    public static Column optional(String english, String vietnamese) {
        return new Column(english, vietnamese, false);
    }

    public boolean isNamed(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        return h.equals(english) || h.equals(vietnamese);
    }

    /** How help and error messages name it: {@code ho_ten|full_name}. */
    public String label() {
        return vietnamese + "|" + english;
    }
}
