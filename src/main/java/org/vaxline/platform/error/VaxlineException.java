package org.vaxline.platform.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named rejection: a stable code, a sentence for people, the fields at fault and any figures that help
 * (e.g. the quantity still outstanding). Thrown before anything is written, or inside the transaction that it aborts.
 */
public class VaxlineException extends RuntimeException {
    private final ErrorCode code;
    private final Map<String, String> fieldErrors;
    private final Map<String, Object> details;

    public VaxlineException(ErrorCode code, String detail) {
        this(code, detail, Map.of(), Map.of());
    }

    public VaxlineException(ErrorCode code, String detail, Map<String, String> fieldErrors, Map<String, Object> details) {
        super(detail);
        this.code = code;
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static VaxlineException field(ErrorCode code, String field, String reason) {
        return new VaxlineException(code, field + ": " + reason, Map.of(field, reason), Map.of());
    }

    public static VaxlineException notFound(String what, Object id) {
        // what and which, as figures too, so the detail can be said in another language
        return new VaxlineException(PlatformError.NOT_FOUND, what + " " + id + " does not exist", Map.of(),
                Map.of("missing", what, "missingId", String.valueOf(id)));
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public Map<String, Object> details() {
        return details;
    }
}
