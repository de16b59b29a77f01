package org.vaxline.platform.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;

import java.util.Map;
import java.util.stream.Collectors;

/** The one JSON configuration: camelCase, ISO dates, unknown fields refused so a typo is named, not ignored. */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
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
        } catch (JsonMappingException e) {
            String field = fieldPath(e);
            String reason = "cannot be read as the expected type" + hint(e);
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, (field.isEmpty() ? "body" : field) + ": " + reason,
                    Map.of(field.isEmpty() ? "body" : field, reason), Map.of());
        } catch (JsonProcessingException e) {
            throw new VaxlineException(PlatformError.MALFORMED_REQUEST, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String hint(JsonMappingException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.contains("LocalDate")) {
            return " (a date is YYYY-MM-DD)";
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
