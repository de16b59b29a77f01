package org.vaxline.stock.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The stable codes of every way the stock ledger refuses a movement. */
public enum StockError implements ErrorCode {
    MOVEMENT_INVALID(ErrorKind.RULE, "Stock movement is not valid"),
    STOCK_INSUFFICIENT(ErrorKind.CONFLICT, "Not enough stock"),
    TRANSFER_NOT_IN_TRANSIT(ErrorKind.CONFLICT, "Transfer is not in transit"),
    MOVEMENT_ALREADY_REVERSED(ErrorKind.CONFLICT, "Movement already reversed"),
    MOVEMENT_NOT_REVERSIBLE(ErrorKind.RULE, "Movement cannot be reversed"),
    FEFO_BYPASS_NEEDS_REASON(ErrorKind.RULE, "A lot expiring later than another usable lot needs a reason"),
    TRANSFER_OUTSIDE_HIERARCHY(ErrorKind.RULE, "Transfer does not follow the facility hierarchy"),
    HIERARCHY_OVERRIDE_NEEDS_REASON(ErrorKind.RULE, "A transfer outside the facility hierarchy needs a reason"),
    MOVEMENT_BEFORE_MANUFACTURE(ErrorKind.RULE, "Movement before the lot was made"),
    TRANSFER_RECEIVED_BEFORE_SENT(ErrorKind.RULE, "Transfer received before it was sent");

    private final ErrorKind kind;
    private final String title;

    StockError(ErrorKind kind, String title) {
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
