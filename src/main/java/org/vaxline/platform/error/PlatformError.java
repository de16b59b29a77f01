package org.vaxline.platform.error;

/** Error codes of the platform itself, shared by every feature. */
public enum PlatformError implements ErrorCode {
    MALFORMED_REQUEST(ErrorKind.MALFORMED, "Malformed request"),
    VALIDATION_FAILED(ErrorKind.RULE, "Validation failed"),
    NOT_FOUND(ErrorKind.NOT_FOUND, "Not found"),
    IDEMPOTENCY_CONFLICT(ErrorKind.CONFLICT, "Id already used for different content"),
    UNAUTHENTICATED(ErrorKind.UNAUTHENTICATED, "Authentication required"),
    FORBIDDEN(ErrorKind.FORBIDDEN, "Not allowed");

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
