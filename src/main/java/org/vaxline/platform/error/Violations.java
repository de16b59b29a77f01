package org.vaxline.platform.error;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects every field error of one input, so the caller hears of all of them in one answer. */
public final class Violations {
    private final Map<String, String> errors = new LinkedHashMap<>();

    public Violations check(boolean ok, String field, String reason) {
        if (!ok) {
            errors.putIfAbsent(field, reason);
        }
        return this;
    }

    public Violations add(String field, String reason) {
        errors.putIfAbsent(field, reason);
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws one exception naming every collected field, or returns when there is none. */
    public void throwIfAny(ErrorCode code) {
        if (errors.isEmpty()) {
            return;
        }
        StringBuilder detail = new StringBuilder();
        errors.forEach((field, reason) -> detail.append(detail.length() == 0 ? "" : "; ").append(field).append(": ").append(reason));
        throw new VaxlineException(code, detail.toString(), errors, Map.of());
    }

    public void throwIfAny() {
        throwIfAny(PlatformError.VALIDATION_FAILED);
    }
}
