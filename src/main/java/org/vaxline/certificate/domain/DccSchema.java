package org.vaxline.certificate.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The EU DCC JSON schema's required elements (1.x), checked on the decoded payload: what a verifier must find before it
 * reads a certificate. Answers each problem as "path: reason"; none means the payload conforms.
 */
public final class DccSchema {
    private static final Pattern VERSION = Pattern.compile("^\\d+\\.\\d+\\.\\d+$");
    private static final Pattern ICAO = Pattern.compile("^[A-Z<]*$");
    private static final Pattern DOB = Pattern.compile("^((19|20)\\d\\d(-\\d\\d){0,2})?$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{1,10}$");
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "v", List.of("tg", "vp", "mp", "ma", "dn", "sd", "dt", "co", "is", "ci"),
            "t", List.of("tg", "tt", "sc", "tr", "co", "is", "ci"),
            "r", List.of("tg", "fr", "co", "is", "df", "du", "ci"));

    private DccSchema() {
    }

    public static List<String> problems(Map<String, Object> payload) {
        List<String> problems = new ArrayList<>();
        if (payload == null) {
            return List.of("payload: missing");
        }
        text(payload, "ver", problems).filter(v -> !VERSION.matcher(v).matches()).ifPresent(v -> problems.add("ver: not a version"));
        Object nam = payload.get("nam");
        if (nam instanceof Map<?, ?> names) {
            Object fnt = names.get("fnt");
            if (!(fnt instanceof String f) || f.isEmpty() || f.length() > 80 || !ICAO.matcher(f).matches()) {
                problems.add("nam.fnt: required, A-Z and '<', at most 80");
            }
            if (names.get("gnt") instanceof String g && (g.length() > 80 || !ICAO.matcher(g).matches())) {
                problems.add("nam.gnt: A-Z and '<', at most 80");
            }
        } else {
            problems.add("nam: required object");
        }
        text(payload, "dob", problems).filter(d -> !DOB.matcher(d).matches() && !d.matches("^\\d{4}-\\d{2}-\\d{2}T.*"))
                .ifPresent(d -> problems.add("dob: not a date"));
        List<String> kinds = REQUIRED.keySet().stream().filter(payload::containsKey).toList();
        if (kinds.size() != 1) {
            problems.add("v|t|r: exactly one is required, found " + kinds.size());
            return problems;
        }
        String kind = kinds.get(0);
        if (!(payload.get(kind) instanceof List<?> entries) || entries.size() != 1 || !(entries.get(0) instanceof Map<?, ?>)) {
            problems.add(kind + ": exactly one entry is required");
            return problems;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) entries.get(0);
        for (String field : REQUIRED.get(kind)) {
            if (entry.get(field) == null) {
                problems.add(kind + "[0]." + field + ": required");
            }
        }
        if (kind.equals("v")) {
            positive(entry, "dn", problems);
            positive(entry, "sd", problems);
            if (entry.get("dt") instanceof String dt && !DATE.matcher(dt).matches()) {
                problems.add("v[0].dt: not a date");
            }
        }
        if (entry.get("co") instanceof String co && !COUNTRY.matcher(co).matches()) {
            problems.add(kind + "[0].co: not a country code");
        }
        if (entry.get("ci") instanceof String ci && ci.length() > 80) {
            problems.add(kind + "[0].ci: longer than 80");
        }
        return problems;
    }

    /** The certificate's kind (v, t or r), or null when it has none or several. */
    public static String kindOf(Map<String, Object> payload) {
        List<String> kinds = payload == null ? List.of() : REQUIRED.keySet().stream().filter(payload::containsKey).toList();
        return kinds.size() == 1 ? kinds.get(0) : null;
    }

    private static java.util.Optional<String> text(Map<String, Object> map, String field, List<String> problems) {
        Object value = map.get(field);
        if (value instanceof String s) {
            return java.util.Optional.of(s);
        }
        problems.add(field + ": required text");
        return java.util.Optional.empty();
    }

    private static void positive(Map<String, Object> entry, String field, List<String> problems) {
        Object value = entry.get(field);
        if (value != null && !(value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && n.intValue() >= 1 && n.intValue() <= 9)) {
            problems.add("v[0]." + field + ": a whole number from 1 to 9");
        }
    }
}
