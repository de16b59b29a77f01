package org.vaxline.lot.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The stable codes of every way the lot feature refuses a request or a use of a lot. */
public enum LotError implements ErrorCode {
    LOT_INVALID(ErrorKind.RULE, "Lot is not valid"),
    LOT_NUMBER_TAKEN(ErrorKind.CONFLICT, "Lot number already registered for this product"),
    LOT_AMBIGUOUS(ErrorKind.RULE, "Lot number matches lots of several products"),
    LOT_QUARANTINED(ErrorKind.RULE, "Lot is quarantined"),
    LOT_REJECTED(ErrorKind.RULE, "Lot was rejected"),
    LOT_ON_HOLD(ErrorKind.RULE, "Lot is on hold"),
    LOT_EXPIRED(ErrorKind.RULE, "Lot has expired"),
    LOT_DECISION_INVALID(ErrorKind.RULE, "Release decision is not valid"),
    LOT_ALREADY_DECIDED(ErrorKind.CONFLICT, "Lot already has a final release decision"),
    LOT_HOLD_INVALID(ErrorKind.RULE, "Hold is not valid"),
    LOT_HOLD_ALREADY_LIFTED(ErrorKind.CONFLICT, "Hold already lifted"),
    SHELF_LIFE_DECISION_INVALID(ErrorKind.RULE, "Shelf-life decision is not valid"),
    LOT_NOT_YET_RELEASED(ErrorKind.RULE, "Lot was not yet released on that day");

    private final ErrorKind kind;
    private final String title;

    LotError(ErrorKind kind, String title) {
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
