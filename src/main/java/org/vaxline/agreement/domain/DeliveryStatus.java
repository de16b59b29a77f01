package org.vaxline.agreement.domain;

/** Where a commitment stands on a given day. */
public enum DeliveryStatus {
    /** Nothing delivered or done yet, and the due date is still ahead. */
    NOT_STARTED,
    /** At the rate so far it completes by its due date. */
    ON_TRACK,
    /** At the rate so far it completes after its due date. */
    AT_RISK,
    /** Past its due date and not complete. */
    OVERDUE,
    COMPLETE
}
