package org.vaxline.platform.error;

/** Error codes of the platform itself, shared by every feature. */
public enum PlatformError implements ErrorCode {
    MALFORMED_REQUEST(ErrorKind.MALFORMED, "Malformed request"),
    VALIDATION_FAILED(ErrorKind.RULE, "Validation failed"),
    NOT_FOUND(ErrorKind.NOT_FOUND, "Not found"),
    IDEMPOTENCY_CONFLICT(ErrorKind.CONFLICT, "Id already used for different content"),
    UNAUTHENTICATED(ErrorKind.UNAUTHENTICATED, "Authentication required"),
    FORBIDDEN(ErrorKind.FORBIDDEN, "Not allowed"),
    METHOD_NOT_ALLOWED(ErrorKind.METHOD_NOT_ALLOWED, "Method not allowed"),
    PAYLOAD_TOO_LARGE(ErrorKind.TOO_LARGE, "Request body too large"),
    URI_TOO_LONG(ErrorKind.URI_TOO_LONG, "Request URI too long"),
    UNSUPPORTED_MEDIA_TYPE(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type");

    private final ErrorKind kind;
    private final String title;

    PlatformError(ErrorKind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    @Override
    public ErrorKind kind() {
        return kind;
    }

    @Override
    public String title() {
        return title;
    }
}
