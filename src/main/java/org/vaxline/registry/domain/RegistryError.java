package org.vaxline.registry.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The stable codes of every way the dose registry refuses a request. */
public enum RegistryError implements ErrorCode {
    DOSE_INVALID(ErrorKind.RULE, "Dose is not valid"),
    DOSE_INTERVAL_TOO_SHORT(ErrorKind.RULE, "Interval since the previous dose is too short"),
    SERIES_COMPLETE(ErrorKind.RULE, "Series is complete and has no booster"),
    SERIES_RULE_INVALID(ErrorKind.RULE, "Series rule is not valid"),
    SESSION_INVALID(ErrorKind.RULE, "Session request is not valid"),
    SESSION_CLOSED(ErrorKind.CONFLICT, "Session is closed"),
    SESSION_VIALS_EMPTY(ErrorKind.CONFLICT, "Every opened dose of this lot is used: open another vial"),
    DOSE_IN_FUTURE(ErrorKind.RULE, "Dose is dated after today"),
    DOSE_BEFORE_BIRTH(ErrorKind.RULE, "Dose is dated before the person was born"),
    DOSE_AFTER_DEATH(ErrorKind.RULE, "Dose is dated after the person died"),
    DOSE_BEFORE_MANUFACTURE(ErrorKind.RULE, "Dose is dated before its lot was made"),
    DOSE_BEFORE_ARRIVAL(ErrorKind.RULE, "Dose is dated before the lot reached the site"),
    DOSE_ALREADY_REVERSED(ErrorKind.CONFLICT, "Dose was already reversed"),
    DOSE_REVERSAL_INVALID(ErrorKind.RULE, "Dose reversal is not valid"),
    DOSE_AGE_NOT_ELIGIBLE(ErrorKind.RULE, "Person's age is outside the product's eligible ages"),
    DOSE_GROUP_NOT_ELIGIBLE(ErrorKind.RULE, "Person's age is outside their priority group's ages");

    private final ErrorKind kind;
    private final String title;

    RegistryError(ErrorKind kind, String title) {
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
