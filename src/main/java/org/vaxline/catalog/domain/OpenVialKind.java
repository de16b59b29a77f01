package org.vaxline.catalog.domain;

/** What happens to an opened multi-dose vial. */
public enum OpenVialKind {
    /** Discard a set number of hours after opening. */
    DISCARD_AFTER_HOURS,
    /** Discard at the end of the vaccination session. */
    DISCARD_AT_SESSION_END,
    /** WHO multi-dose vial policy: may be kept open for later sessions (up to 28 days) when its conditions hold. */
    WHO_MDVP_KEEP_OPEN
}
