package org.vaxline.catalog.domain;

/** @param hours hours after opening before discarding; only for {@link OpenVialKind#DISCARD_AFTER_HOURS}, null otherwise */
public record OpenVialPolicy(OpenVialKind kind, Integer hours) {
    public static OpenVialPolicy discardAfterHours(int hours) {
        return new OpenVialPolicy(OpenVialKind.DISCARD_AFTER_HOURS, hours);
    }
}
