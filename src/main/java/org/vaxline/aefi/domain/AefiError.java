package org.vaxline.aefi.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The stable codes of every way the AEFI feature refuses a request. */
public enum AefiError implements ErrorCode {
    AEFI_INVALID(ErrorKind.RULE, "Adverse event report is not valid"),
    AEFI_FOLLOWUP_INVALID(ErrorKind.RULE, "Adverse event follow-up is not valid"),
    AEFI_SETTINGS_INVALID(ErrorKind.RULE, "AEFI settings are not valid"),
    RECALL_INVALID(ErrorKind.RULE, "Recall is not valid"),
    LOT_ALREADY_RECALLED(ErrorKind.CONFLICT, "Lot already recalled");

    private final ErrorKind kind;
    private final String title;

    AefiError(ErrorKind kind, String title) {
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
