package org.vaxline.person.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The stable codes of every way the person registry refuses a request. */
public enum PersonError implements ErrorCode {
    PERSON_INVALID(ErrorKind.RULE, "Person is not valid"),
    PERSON_IDENTITY_TAKEN(ErrorKind.CONFLICT, "Identity document already registered"),
    PERSON_LIKELY_DUPLICATE(ErrorKind.CONFLICT, "Person is likely registered already"),
    PERSON_MERGE_INVALID(ErrorKind.RULE, "Merge is not valid"),
    PERSON_ALREADY_MERGED(ErrorKind.CONFLICT, "Person already merged"),
    PERSON_CORRECTION_INVALID(ErrorKind.RULE, "Correction is not valid"),
    PERSON_DEATH_INVALID(ErrorKind.RULE, "Death is not valid"),
    PERSON_DEATH_CONFLICT(ErrorKind.CONFLICT, "Another day of death is already recorded");

    private final ErrorKind kind;
    private final String title;

    PersonError(ErrorKind kind, String title) {
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
