package org.vaxline.aefi.domain;

/** WHO: an event is serious when it meets at least one of the serious criteria. */
public enum Seriousness {
    NON_SERIOUS,
    SERIOUS
}
