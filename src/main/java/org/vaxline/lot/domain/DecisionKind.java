package org.vaxline.lot.domain;

/** The national control laboratory's final word on a lot. */
public enum DecisionKind {
    RELEASE,
    REJECT
}
