package org.vaxline.dhis2.application;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vaxline.dhis2.domain.Dhis2Error;
import org.vaxline.dhis2.domain.Dhis2Mapping;
import org.vaxline.dhis2.domain.Metric;
import org.vaxline.platform.error.VaxlineException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a DHIS2 mapping file (JSON; the shipped example is {@code dhis2/default-mapping.json}). Every metric must be
 * mapped; every UID must look like a DHIS2 UID (11 letters and digits, a letter first). All faults are named at once.
 */
public final class MappingFile {
    /** The example mapping shipped with vaxline: illustrative UIDs a ministry replaces with its own. */
    public static final String DEFAULT_RESOURCE = "/dhis2/default-mapping.json";
    private static final Pattern UID = Pattern.compile("[A-Za-z][A-Za-z0-9]{10}");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private MappingFile() {
    }

    public static Dhis2Mapping read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw VaxlineException.field(Dhis2Error.DHIS2_MAPPING_INVALID, "mapping", "no such file: " + file);
        } catch (IOException e) {
            throw VaxlineException.field(Dhis2Error.DHIS2_MAPPING_INVALID, "mapping", "cannot read " + file + ": " + e.getMessage());
        }
    }

    public static Dhis2Mapping defaultMapping() {
        try (InputStream in = MappingFile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("the shipped DHIS2 mapping cannot be read", e);
        }
    }

    static Dhis2Mapping read(InputStream in, String name) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw VaxlineException.field(Dhis2Error.DHIS2_MAPPING_INVALID, "mapping", name + " is not JSON: " + e.getOriginalMessage());
        }
        Map<String, String> faults = new TreeMap<>();
        if (root == null || !root.isObject()) {
            throw VaxlineException.field(Dhis2Error.DHIS2_MAPPING_INVALID, "mapping", name + " must be a JSON object");
        }
        String dataSet = null;
        if (root.hasNonNull("dataSet")) {
            dataSet = uid(root.get("dataSet"), "dataSet", faults);
        }
        Map<Metric, Dhis2Mapping.Element> elements = new EnumMap<>(Metric.class);
        JsonNode elementsNode = root.get("dataElements");
        if (elementsNode == null || !elementsNode.isObject()) {
            faults.put("dataElements", "is required: an object with one entry per metric");
        } else {
            for (Iterator<Map.Entry<String, JsonNode>> it = elementsNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Metric metric;
                try {
                    metric = Metric.valueOf(e.getKey());
                } catch (IllegalArgumentException unknown) {
                    faults.put("dataElements." + e.getKey(), "is not a metric; metrics are " + java.util.Arrays.toString(Metric.values()));
                    continue;
                }
                elements.put(metric, element(e.getValue(), "dataElements." + e.getKey(), faults));
            }
            for (Metric metric : Metric.values()) {
                if (!elementsNode.has(metric.name())) {
                    faults.put("dataElements." + metric.name(), "is missing: every metric needs a data element");
                }
            }
        }
        Map<String, String> orgUnits = codes(root.get("orgUnits"), "orgUnits", faults);
        if (orgUnits.isEmpty() && !faults.containsKey("orgUnits")) {
            faults.put("orgUnits", "is required: province code → organisation unit UID");
        }
        if (!faults.isEmpty()) {
            throw new VaxlineException(Dhis2Error.DHIS2_MAPPING_INVALID, name + " is not a valid DHIS2 mapping: "
                    + faults.entrySet().stream().map(f -> f.getKey() + " " + f.getValue()).reduce((a, b) -> a + "; " + b).orElse(""),
                    faults, Map.of());
        }
        return new Dhis2Mapping(dataSet, elements, orgUnits);
    }

    private static Dhis2Mapping.Element element(JsonNode node, String field, Map<String, String> faults) {
        if (node == null || !node.isObject()) {
            faults.put(field, "must be an object with dataElement (and optionally categoryOptionCombos)");
            return null;
        }
        String dataElement = uid(node.get("dataElement"), field + ".dataElement", faults);
        Map<String, String> combos = node.has("categoryOptionCombos")
                ? codes(node.get("categoryOptionCombos"), field + ".categoryOptionCombos", faults) : Map.of();
        return new Dhis2Mapping.Element(dataElement, combos);
    }

    private static Map<String, String> codes(JsonNode node, String field, Map<String, String> faults) {
        Map<String, String> result = new LinkedHashMap<>();
        if (node == null) {
            return result;
        }
        if (!node.isObject()) {
            faults.put(field, "must be an object of code → UID");
            return result;
        }
        node.fields().forEachRemaining(e -> {
            String uid = uid(e.getValue(), field + "." + e.getKey(), faults);
            if (uid != null) {
                result.put(e.getKey(), uid);
            }
        });
        return result;
    }

    private static String uid(JsonNode node, String field, Map<String, String> faults) {
        if (node == null || !node.isTextual() || !UID.matcher(node.asText()).matches()) {
            faults.put(field, "must be a DHIS2 UID: 11 letters and digits, a letter first");
            return null;
        }
        return node.asText();
    }
}
