package org.vaxline.certificate.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The EU DCC value sets a verifier checks codes against (disease, vaccine type, product, maker, test type and result),
 * loaded as data. Answers each code it does not know as "path: 'code' not in value-set".
 */
public record ValueSets(Map<String, Set<String>> sets) {
    private static final Map<String, Map<String, String>> FIELDS = Map.of(
            "v", Map.of("tg", "disease-agent-targeted", "vp", "sct-vaccines-covid-19", "mp", "vaccines-covid-19-names",
                    "ma", "vaccines-covid-19-auth-holders"),
            "t", Map.of("tg", "disease-agent-targeted", "tt", "covid-19-lab-test-type", "tr", "covid-19-lab-result"),
            "r", Map.of("tg", "disease-agent-targeted"));

    public ValueSets {
        sets = Map.copyOf(sets);
    }

    public List<String> problems(Map<String, Object> payload) {
        List<String> problems = new ArrayList<>();
        String kind = DccSchema.kindOf(payload);
        if (kind == null || !(payload.get(kind) instanceof List<?> entries)) {
            return List.of("v|t|r: no entry to check");
        }
        for (Object e : entries) {
            if (!(e instanceof Map<?, ?> entry)) {
                continue;
            }
            FIELDS.get(kind).forEach((field, set) -> {
                Object code = entry.get(field);
                Set<String> known = sets.get(set);
                if (code != null && known != null && !known.contains(String.valueOf(code))) {
                    problems.add(kind + "[0]." + field + ": '" + code + "' not in " + set);
                }
            });
        }
        return problems;
    }
}
