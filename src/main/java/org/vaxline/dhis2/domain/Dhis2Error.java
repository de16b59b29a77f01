package org.vaxline.dhis2.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The stable codes of every way the DHIS2 export refuses a request. */
public enum Dhis2Error implements ErrorCode {
    DHIS2_PERIOD_INVALID(ErrorKind.MALFORMED, "Period is not a DHIS2 period this export knows"),
    DHIS2_MAPPING_INVALID(ErrorKind.MALFORMED, "DHIS2 mapping file is not valid"),
    DHIS2_MAPPING_MISSING(ErrorKind.RULE, "DHIS2 mapping lacks a data element, org unit or category option combo for figures to export");

    private final ErrorKind kind;
    private final String title;

    Dhis2Error(ErrorKind kind, String title) {
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
