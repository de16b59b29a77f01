package org.vaxline.platform.http;

import org.vaxline.platform.error.ErrorCode;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A problem's {@code title} in the language the client asks for with {@code Accept-Language}: Vietnamese and Spanish
 * from {@code platform/problem-titles_vi|es.properties}, English (the code's own title) otherwise and for any code a
 * bundle lacks. The {@code detail} follows the same language through {@link ProblemDetails}.
 */
public final class ProblemTitles {
    private static final List<String> TRANSLATED = List.of("vi", "es");
    private static final List<String> KNOWN = List.of("vi", "en", "es");

    private ProblemTitles() {
    }

    /** The first of vi, en, es the header names (by preference), or null when it names none of them. */
    public static String language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return null;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
                if (range.getWeight() > 0 && KNOWN.contains(primary)) {
                    return primary;
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    public static String title(ErrorCode code, String language) {
        if (language == null || !TRANSLATED.contains(language)) {
            return code.title();
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("platform.problem-titles", Locale.forLanguageTag(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.containsKey(code.name()) ? bundle.getString(code.name()) : code.title();
        } catch (MissingResourceException e) {
            return code.title();
        }
    }
}
