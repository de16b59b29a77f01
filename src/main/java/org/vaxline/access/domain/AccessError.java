package org.vaxline.access.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The stable error codes of the access feature; each prefixed so no other feature can reuse it. */
public enum AccessError implements ErrorCode {
    ACCESS_USERNAME_INVALID(ErrorKind.RULE, "Invalid user name"),
    ACCESS_ROLE_INVALID(ErrorKind.MALFORMED, "Unknown role"),
    ACCESS_SCOPE_INVALID(ErrorKind.RULE, "Facility scope does not fit the role"),
    ACCESS_FACILITY_UNKNOWN(ErrorKind.RULE, "Unknown facility"),
    ACCESS_LABEL_INVALID(ErrorKind.RULE, "Invalid token label"),
    ACCESS_USERNAME_TAKEN(ErrorKind.CONFLICT, "User name already taken"),
    ACCESS_USER_UNKNOWN(ErrorKind.NOT_FOUND, "Unknown user"),
    ACCESS_TOKEN_UNKNOWN(ErrorKind.NOT_FOUND, "Unknown token"),
    ACCESS_USER_DISABLED(ErrorKind.RULE, "User is disabled"),
    ACCESS_PASSWORD_WEAK(ErrorKind.RULE, "Password does not meet the policy"),
    ACCESS_LANGUAGE_UNSUPPORTED(ErrorKind.RULE, "Unsupported language");

    private final ErrorKind kind;
    private final String title;

    AccessError(ErrorKind kind, String title) {
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
