package org.vaxline.platform.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.vaxline.platform.error.PlatformError;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The web server's own error answers (a URI too long, an ambiguous path, a malformed request), which no route sees,
 * as problem documents like every other error instead of Jetty's HTML page. The request's path is not repeated: it is
 * what was wrong.
 */
final class ProblemErrorHandler extends ErrorHandler {
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        SecurityHeaders.forError().forEach(headers::put);
        response.write(true, ByteBuffer.wrap(problem(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        SecurityHeaders.forError().forEach(fields::put);
        return ByteBuffer.wrap(problem(status, reason));
    }

    private static byte[] problem(int status, String message) {
        String detail = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
        Map<String, Object> problem = switch (status) {
            case 400 -> Problems.of(PlatformError.MALFORMED_REQUEST, detail, null);
            case 404 -> Problems.of(PlatformError.NOT_FOUND, detail, null);
            case 405 -> Problems.of(PlatformError.METHOD_NOT_ALLOWED, detail, null);
            case 413 -> Problems.of(PlatformError.PAYLOAD_TOO_LARGE, detail, null);
            case 414 -> Problems.of(PlatformError.URI_TOO_LONG, detail, null);
            case 415 -> Problems.of(PlatformError.UNSUPPORTED_MEDIA_TYPE, detail, null);
            default -> other(status, detail);
        };
        return HttpServer.json(problem).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Any other status the server answers by itself (431 headers too large, 500 …), with its own status. */
    private static Map<String, Object> other(int status, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.getMessage(status));
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("code", status >= 500 ? "INTERNAL" : "MALFORMED_REQUEST");
        return problem;
    }
}
