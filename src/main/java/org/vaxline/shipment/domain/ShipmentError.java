package org.vaxline.shipment.domain;

import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;

/** The stable codes of every way receiving a shipment is refused (besides those of the lots, deliveries and stock it records). */
public enum ShipmentError implements ErrorCode {
    SHIPMENT_INVALID(ErrorKind.RULE, "Shipment is not valid"),
    SHIPMENT_COMMITMENT_NOT_RECEIVABLE(ErrorKind.RULE, "Commitment does not take shipments of vaccine lots");

    private final ErrorKind kind;
    private final String title;

    ShipmentError(ErrorKind kind, String title) {
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
