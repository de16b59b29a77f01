package org.vaxline.masterdata.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The master data feature's stable error codes. */
public enum MasterDataError implements ErrorCode {
    MASTER_DATA_UNREADABLE(ErrorKind.MALFORMED, "Master data document cannot be read"),
    MASTER_DATA_INVALID(ErrorKind.RULE, "Master data document breaks the rules");

    private final ErrorKind kind;
    private final String title;

    MasterDataError(ErrorKind kind, String title) {
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
