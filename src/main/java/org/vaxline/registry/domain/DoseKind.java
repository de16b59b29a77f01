package org.vaxline.registry.domain;

/** A dose of the primary series, or a booster after it is complete. */
public enum DoseKind {
    PRIMARY, BOOSTER
}
