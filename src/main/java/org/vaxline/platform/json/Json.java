package org.vaxline.platform.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.text.SafeText;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one JSON configuration: camelCase, ISO dates, unknown fields refused so a typo is named, not ignored. Reading is
 * strict: one document and nothing after it, each key once, no value of one type taken for another ("12" is not 12,
 * 12 is not a date), and text and dates checked by {@link StrictScalars}.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(StrictScalars.module())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .defaultLeniency(false)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // 1.5 doses is an error to name, not a number to round down.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a JSON document, naming the field at fault when it cannot be read (a 400 over HTTP). */
    public static <T> T parse(String text, Class<T> type) {
        if (text == null || text.isBlank()) {
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "a JSON document is required");
        }
        try {
            T value = MAPPER.readValue(text, type);
            if (value == null) {
                throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "a JSON object is required, not null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            String field = fieldPath(e);
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, field + ": unknown field",
                    Map.of(field, "unknown field"), Map.of());
        } catch (RefusedValue e) {
            throw refused(fieldPath(e), e.reason());
        } catch (JsonMappingException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Trailing token")) {
                throw refused("body", "more follows the JSON document");
            }
            throw refused(fieldPath(e), "cannot be read as the expected type" + hint(e));
        } catch (JsonProcessingException e) {
            throw refused("body", "not valid JSON: " + SafeText.escapeControls(e.getOriginalMessage()));
        }
    }

    private static VaxlineException refused(String path, String reason) {
        String field = path.isEmpty() ? "body" : path;
        return new VaxlineException(PlatformError.MALFORMED_REQUEST, field + ": " + reason, Map.of(field, reason), Map.of());
    }

    private static String hint(JsonMappingException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.contains("LocalDate")) {
            return " (a date is YYYY-MM-DD)";
        }
        if (message != null && message.startsWith("Cannot coerce")) {
            return " (" + (message.contains("String value") ? "a string is not a number or true/false" : "give the value its own JSON type") + ")";
        }
        if (message != null && message.contains("Floating-point value")) {
            return " (a whole number)";
        }
        if (message != null && message.contains("UUID")) {
            return " (an id is a UUID)";
        }
        if (message != null && message.contains("not one of the values accepted")) {
            int from = message.indexOf('[');
            return from < 0 ? "" : " (one of " + message.substring(from) + ")";
        }
        return "";
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
