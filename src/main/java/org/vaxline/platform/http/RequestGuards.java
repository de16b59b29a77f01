package org.vaxline.platform.http;

import io.javalin.http.Context;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.text.SafeText;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks every API request once, before any feature sees it: its query text is acceptable text, and a body it carries
 * is JSON of an acceptable size. Features then read parameters and bodies without checking these again.
 */
final class RequestGuards {
    /** The largest body the API reads: a master-data document (the biggest anyone sends) is a few hundred KB. */
    static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private RequestGuards() {
    }

    static void check(Context ctx) {
        requireSafeQuery(ctx);
        requireJsonBody(ctx);
    }

    /** Refuses query text no field accepts (a control character, too long), naming the parameter. */
    private static void requireSafeQuery(Context ctx) {
        ctx.queryParamMap().forEach((name, values) -> {
            String refusal = SafeText.refusal(name);
            for (int i = 0; refusal == null && i < values.size(); i++) {
                refusal = SafeText.refusal(values.get(i));
            }
            if (refusal != null) {
                String field = SafeText.escapeControls(name.length() > 100 ? name.substring(0, 100) + "…" : name);
                throw new VaxlineException(PlatformError.MALFORMED_REQUEST, field + ": " + refusal, Map.of(field, refusal), Map.of());
            }
        });
    }

    /** A body is JSON ({@code application/json} or a {@code +json} type) of at most {@link #MAX_BODY_BYTES}. */
    private static void requireJsonBody(Context ctx) {
        long length = ctx.contentLength();
        boolean hasBody = length > 0 || ctx.header("Transfer-Encoding") != null;
        if (!hasBody || !BODY_METHODS.contains(ctx.method().name())) {
            return;
        }
        if (!isJson(ctx.contentType())) {
            throw new VaxlineException(PlatformError.UNSUPPORTED_MEDIA_TYPE,
                    "the body must be JSON, sent with Content-Type: application/json (not " + shown(ctx.contentType()) + ")");
        }
        if (length > MAX_BODY_BYTES) {
            throw tooLarge();
        }
    }

    static VaxlineException tooLarge() {
        return new VaxlineException(PlatformError.PAYLOAD_TOO_LARGE, "the body is larger than " + MAX_BODY_BYTES / 1024
                + " KB; send large imports in parts");
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    private static String shown(String contentType) {
        if (contentType == null) {
            return "none";
        }
        String text = SafeText.escapeControls(contentType);
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
