package org.vaxline.stock.domain;

/**
 * The kinds of stock ledger entry. Each moves doses of one lot at one facility, in a fixed direction
 * (an adjustment goes either way; a reversal the opposite way of what it reverses).
 */
public enum MovementType {
    /** Doses arrive at a store from a shipment or local production; a lot may arrive in quarantine. */
    RECEIPT(1),
    /** Doses leave the facility for use (e.g. to a vaccination session). */
    ISSUE(-1),
    /** Doses leave for another facility and are in transit until received there. */
    TRANSFER_OUT(-1),
    /** Doses of a transfer arrive; the proof of delivery records what arrived and why it differs. */
    TRANSFER_IN(1),
    /** A counted difference, up or down, with its reason. */
    ADJUSTMENT(0),
    /** Doses lost: opened vial, breakage, VVM change, temperature. */
    WASTAGE(-1),
    /** Expired doses written off. */
    EXPIRY(-1),
    /** Doses withdrawn because their lot is recalled. */
    RECALL(-1),
    /** Doses sent back to the supplier. */
    RETURN(-1),
    /** Cancels one earlier entry. */
    REVERSAL(0);

    private final int direction;

    MovementType(int direction) {
        this.direction = direction;
    }

    /** +1 adds to stock, -1 takes from it, 0 when the sign comes from the entry itself. */
    public int direction() {
        return direction;
    }

    /** Moving doses towards use needs a usable lot: released, unexpired and not on hold there. */
    public boolean needsUsableLot() {
        return this == ISSUE || this == TRANSFER_OUT;
    }
}
