package org.vaxline.lot.domain;

/** Where a lot stands with the national control laboratory: every received lot waits in quarantine for its decision. */
public enum LotStatus {
    QUARANTINED,
    RELEASED,
    REJECTED
}
