package org.vaxline.masterdata.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.vaxline.masterdata.domain.MasterDataError;
import org.vaxline.masterdata.domain.MasterDocument;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.json.Json;

import java.util.Map;
import java.util.stream.Collectors;

/** The document's JSON form: read with the path of any unreadable part, written pretty and stable. */
public final class MasterDocumentJson {
    private MasterDocumentJson() {
    }

    public static MasterDocument read(String text) {
        if (text == null || text.isBlank()) {
            throw new VaxlineException(MasterDataError.MASTER_DATA_UNREADABLE, "the master data document is empty");
        }
        try {
            MasterDocument doc = Json.mapper().readValue(text, MasterDocument.class);
            if (doc == null) {
                throw new VaxlineException(MasterDataError.MASTER_DATA_UNREADABLE, "the document must be a JSON object");
            }
            return doc;
        } catch (UnrecognizedPropertyException e) {
            throw unreadable(path(e), "unknown field");
        } catch (JsonMappingException e) {
            throw unreadable(path(e), reason(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new VaxlineException(MasterDataError.MASTER_DATA_UNREADABLE,
                    "the document is not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    public static String write(MasterDocument doc) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static VaxlineException unreadable(String path, String reason) {
        String field = path.isEmpty() ? "document" : path;
        return new VaxlineException(MasterDataError.MASTER_DATA_UNREADABLE, field + ": " + reason, Map.of(field, reason), Map.of());
    }

    /** Jackson's path as we name fields: {@code products[0].regimen[1].minIntervalDays}. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String reason(String message) {
        if (message != null && message.startsWith("Cannot map `null` into type")) {
            return "required";
        }
        return "cannot be read as the expected type: " + firstLine(message);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
