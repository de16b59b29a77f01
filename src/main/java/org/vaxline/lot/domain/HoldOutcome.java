package org.vaxline.lot.domain;

/** What the assessment of a held lot found: it goes back to use, or its stock there is to be discarded. */
public enum HoldOutcome {
    RELEASED,
    DISCARDED
}
