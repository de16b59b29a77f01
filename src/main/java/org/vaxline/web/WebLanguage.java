package org.vaxline.web;

import java.util.List;
import java.util.Locale;

/** The languages of the web application: Vietnamese first and by default, then English and Spanish. */
public final class WebLanguage {
    public static final List<String> ALL = List.of("vi", "en", "es");
    public static final String DEFAULT = "vi";

    private WebLanguage() {
    }

    /** The language if it is one of ours, else Vietnamese. */
    public static String supported(String language) {
        return language != null && ALL.contains(language) ? language : DEFAULT;
    }

    public static Locale locale(String language) {
        return switch (supported(language)) {
            case "en" -> Locale.UK;
            case "es" -> new Locale("es", "ES");
            default -> new Locale("vi", "VN");
        };
    }

    /** The first of ours an {@code Accept-Language} header names, or null. */
    public static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > 500) {
            return null;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                if (ALL.contains(primary)) {
                    return primary;
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
