package org.vaxline.platform.http;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.VaxlineException;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A problem's {@code detail} in the language the client asks for, without touching the code that threw it: each
 * error code has one sentence per language in {@code platform/problem-details_vi|es.properties}, whose
 * {@code {name}} placeholders are filled from the exception's figures ({@link VaxlineException#details()}) and
 * {@code {fields}} with the names of the fields at fault. A placeholder may only stand inside an optional
 * {@code [ … ]} segment, which is left out when one of its figures is missing, so every sentence reads whole
 * whichever throw site raised the code. English, and any code a bundle lacks, keep the exception's own sentence:
 * it was written for the request's author and names values a template cannot know.
 */
public final class ProblemDetails {
    private static final List<String> TRANSLATED = List.of("vi", "es");
    private static final Pattern SEGMENT = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    /** The figure naming what was not found ("lot", "person" …), read through the bundle's {@code thing.*} words. */
    private static final String MISSING = "missing";

    private ProblemDetails() {
    }

    /** The detail to show for an exception in a language (vi, en, es or null for English). */
    public static String detail(VaxlineException e, String language) {
        return detail(e, language, java.util.function.UnaryOperator.identity());
    }

    /**
     * The detail with the fields at fault named as people read them (a web form's labels) instead of their JSON names.
     */
    public static String detail(VaxlineException e, String language, java.util.function.UnaryOperator<String> fieldName) {
        Optional<ResourceBundle> bundle = bundle(language);
        if (bundle.isEmpty() || !bundle.get().containsKey(e.code().name())) {
            return e.getMessage();
        }
        Map<String, Object> figures = new LinkedHashMap<>(e.details());
        if (!e.fieldErrors().isEmpty()) {
            figures.put("fields", e.fieldErrors().keySet().stream().map(fieldName).collect(Collectors.joining(", ")));
        }
        return fill(bundle.get().getString(e.code().name()), figures, Locale.forLanguageTag(language), bundle.get());
    }

    /** The plain sentence of a code in a language (optional segments left out), or null for English or a missing one. */
    public static String sentence(ErrorCode code, String language) {
        return bundle(language).filter(b -> b.containsKey(code.name()))
                .map(b -> fill(b.getString(code.name()), Map.of(), Locale.forLanguageTag(language), b)).orElse(null);
    }

    /** Fills a template: each optional segment whose figures are all known, without its brackets; the rest as written. */
    static String fill(String template, Map<String, Object> figures, Locale locale, ResourceBundle words) {
        Matcher segments = SEGMENT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (segments.find()) {
            String segment = segments.group(1);
            Matcher names = PLACEHOLDER.matcher(segment);
            boolean complete = true;
            while (names.find()) {
                complete &= figures.get(names.group(1)) != null;
            }
            segments.appendReplacement(out, complete ? Matcher.quoteReplacement(placeholders(segment, figures, locale, words)) : "");
        }
        segments.appendTail(out);
        return out.toString().replaceAll("\\s{2,}", " ").replaceAll("\\s+([.,;:)])", "$1").trim();
    }

    private static String placeholders(String segment, Map<String, Object> figures, Locale locale, ResourceBundle words) {
        Matcher names = PLACEHOLDER.matcher(segment);
        StringBuilder out = new StringBuilder();
        while (names.find()) {
            String name = names.group(1);
            names.appendReplacement(out, Matcher.quoteReplacement(shown(name, figures.get(name), locale, words)));
        }
        names.appendTail(out);
        return out.toString();
    }

    /** A figure as the language writes it: 1.050.000 and 24/09/2021 in Vietnamese, lists joined, words translated. */
    static String shown(String name, Object value, Locale locale, ResourceBundle words) {
        if (value instanceof Number n && !(value instanceof java.math.BigDecimal)) {
            return NumberFormat.getIntegerInstance(locale).format(n.longValue());
        }
        if (value instanceof java.math.BigDecimal d) {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(Math.max(0, d.scale()));
            return format.format(d);
        }
        if (value instanceof LocalDate date) {
            return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy", locale));
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(v -> shown(name, v, locale, words)).collect(Collectors.joining(", "));
        }
        String text = String.valueOf(value);
        if (MISSING.equals(name)) {
            String key = "thing." + text.replace(' ', '_');
            return words.containsKey(key) ? words.getString(key) : text;
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return shown(name, LocalDate.parse(text), locale, words);
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }

    private static Optional<ResourceBundle> bundle(String language) {
        if (language == null || !TRANSLATED.contains(language)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ResourceBundle.getBundle("platform.problem-details", Locale.forLanguageTag(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
