package org.vaxline.aefi.domain;

/** How the person fared, as last reported. */
public enum AefiOutcome {
    RECOVERED,
    RECOVERING,
    NOT_RECOVERED,
    RECOVERED_WITH_SEQUELAE,
    DIED,
    UNKNOWN
}
