package org.vaxline.gs1.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a GS1 Digital Link URI, e.g. {@code https://id.gs1.org/01/09506000134352/10/ABC123?17=220531}, on any host.
 * The path is read from its end: key qualifiers, then the primary key; whatever precedes the key is the owner's
 * own path prefix. Query parameters named by digits are AIs; others ({@code linkType}, …) are not data and are skipped.
 */
final class DigitalLinkParser {
    private static final Pattern URI = Pattern.compile("(?i)https?://[^/?#]*([^?#]*)(?:\\?([^#]*))?(?:#.*)?");
    private static final Pattern AI_CODE = Pattern.compile("[0-9]{2,4}");
    /** Primary keys and their key qualifiers, in the order the qualifiers must appear (GS1 Digital Link 1.x). */
    private static final Map<String, List<String>> KEYS = Map.of(
            "01", List.of("22", "10", "21"),
            "00", List.of(),
            "401", List.of(),
            "402", List.of(),
            "414", List.of(),
            "417", List.of());

    private DigitalLinkParser() {
    }

    static boolean looksLikeOne(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    static List<Element> parse(String uri) {
        Matcher parts = URI.matcher(uri);
        if (!parts.matches()) {
            throw Gs1Exception.at(Gs1Error.GS1_MALFORMED, uri, "not an http(s) URI");
        }
        List<Element> elements = pathElements(uri, segments(parts.group(1)));
        if (parts.group(2) != null) {
            elements.addAll(queryElements(parts.group(2)));
        }
        return elements;
    }

    private static List<String> segments(String path) {
        // Split before decoding, so that an encoded slash (%2F) stays inside its value.
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(PercentDecoding::decode).toList();
    }

    private static List<Element> pathElements(String uri, List<String> segments) {
        int key = segments.size() - 2;
        while (key >= 0 && !KEYS.containsKey(segments.get(key))) {
            String segment = segments.get(key);
            if (!AI_CODE.matcher(segment).matches()) {
                key = -1;
                break;
            }
            element(segment, segments.get(key + 1));
            key -= 2;
        }
        if (key < 0) {
            throw Gs1Exception.at(Gs1Error.GS1_MALFORMED, uri, "no GS1 primary key (e.g. /01/GTIN) at the end of the path");
        }
        String primary = segments.get(key);
        List<String> qualifiers = KEYS.get(primary);
        List<Element> elements = new ArrayList<>();
        elements.add(element(primary, keyValue(primary, segments.get(key + 1))));
        int lastRank = -1;
        for (int i = key + 2; i < segments.size(); i += 2) {
            String code = segments.get(i);
            int rank = qualifiers.indexOf(code);
            if (rank <= lastRank) {
                throw Gs1Exception.of(Gs1Error.GS1_MALFORMED, code, segments.get(i + 1),
                        "not a key qualifier of (" + primary + ") here" + (qualifiers.isEmpty() ? ""
                                : "; its qualifiers come in the order " + String.join(", ", qualifiers)));
            }
            lastRank = rank;
            elements.add(element(code, segments.get(i + 1)));
        }
        return elements;
    }

    /** A Digital Link may carry a GTIN-8, -12 or -13 as it is printed; AI (01) holds it padded to 14 digits. */
    private static String keyValue(String primary, String value) {
        boolean shortGtin = value.matches("[0-9]{8}|[0-9]{12,13}");
        return primary.equals("01") && shortGtin ? "0".repeat(14 - value.length()) + value : value;
    }

    private static List<Element> queryElements(String query) {
        List<Element> elements = new ArrayList<>();
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            String name = PercentDecoding.decode(equals < 0 ? parameter : parameter.substring(0, equals));
            String value = equals < 0 ? "" : PercentDecoding.decode(parameter.substring(equals + 1));
            if (AI_CODE.matcher(name).matches()) {
                elements.add(element(name, value));
            }
        }
        return elements;
    }

    private static Element element(String code, String value) {
        ApplicationIdentifier ai = AiTable.find(code).orElseThrow(() ->
                Gs1Exception.of(Gs1Error.GS1_UNKNOWN_AI, code, value, "unknown Application Identifier"));
        return new Element(ai, value);
    }
}
