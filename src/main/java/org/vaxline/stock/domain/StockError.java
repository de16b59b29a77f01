package org.vaxline.stock.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The stable codes of every way the stock ledger refuses a movement. */
public enum StockError implements ErrorCode {
    MOVEMENT_INVALID(ErrorKind.RULE, "Stock movement is not valid"),
    STOCK_INSUFFICIENT(ErrorKind.CONFLICT, "Not enough stock"),
    TRANSFER_NOT_IN_TRANSIT(ErrorKind.CONFLICT, "Transfer is not in transit"),
    MOVEMENT_ALREADY_REVERSED(ErrorKind.CONFLICT, "Movement already reversed"),
    MOVEMENT_NOT_REVERSIBLE(ErrorKind.RULE, "Movement cannot be reversed");

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
