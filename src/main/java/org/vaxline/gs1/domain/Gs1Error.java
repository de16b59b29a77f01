package org.vaxline.gs1.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The stable codes of every way a GS1 element string is refused; each names one kind of bad part. */
public enum Gs1Error implements ErrorCode {
    GS1_MALFORMED(ErrorKind.MALFORMED, "GS1 element string cannot be read"),
    GS1_UNKNOWN_AI(ErrorKind.MALFORMED, "Unknown GS1 Application Identifier"),
    GS1_MISSING_DATA(ErrorKind.MALFORMED, "GS1 Application Identifier without data"),
    GS1_BAD_LENGTH(ErrorKind.MALFORMED, "GS1 value has the wrong length"),
    GS1_NOT_NUMERIC(ErrorKind.MALFORMED, "GS1 numeric value contains a non-digit"),
    GS1_BAD_CHARACTER(ErrorKind.MALFORMED, "Character outside the GS1 character set"),
    GS1_CHECK_DIGIT(ErrorKind.RULE, "GS1 check digit is wrong"),
    GS1_BAD_DATE(ErrorKind.RULE, "GS1 date is not a valid date"),
    GS1_DUPLICATE_AI(ErrorKind.RULE, "GS1 Application Identifier repeated with a different value");

    private final ErrorKind kind;
    private final String title;

    Gs1Error(ErrorKind kind, String title) {
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
