package org.vaxline.stock.domain;

/** Why doses were wasted, in the categories programmes report. */
public enum WastageReason {
    OPENED_VIAL,
    BREAKAGE,
    VVM,
    TEMPERATURE,
    OTHER
}
