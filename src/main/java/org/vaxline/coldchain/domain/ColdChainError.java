package org.vaxline.coldchain.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The stable codes of every way the cold chain feature refuses a request. */
public enum ColdChainError implements ErrorCode {
    EXCURSION_INVALID(ErrorKind.RULE, "Excursion is not valid"),
    ASSESSMENT_INVALID(ErrorKind.RULE, "Assessment is not valid"),
    EXCURSION_LOT_NOT_HELD(ErrorKind.RULE, "Lot was not held by this excursion"),
    EXCURSION_LOT_ALREADY_ASSESSED(ErrorKind.CONFLICT, "Lot already assessed for this excursion");

    private final ErrorKind kind;
    private final String title;

    ColdChainError(ErrorKind kind, String title) {
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
