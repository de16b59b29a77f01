package org.vaxline.shipment.domain;

import org.vaxline.platform.error.Violations;

/** Doses and vials of one line: vaccine is counted in doses, packed in vials of the product's size. */
public record VialCount(long doses, long vials) {

    /** Doses and vials, or null (with the fault named) when they are missing, not positive, or disagree. */
    public static VialCount of(Violations v, String at, Long doses, Long vials, int dosesPerVial) {
        if (doses == null && vials == null) {
            v.add(at + ".doses", "give doses or vials");
            return null;
        }
        boolean ok = true;
        if (doses != null && doses <= 0) {
            v.add(at + ".doses", "must be greater than zero");
            ok = false;
        }
        if (vials != null && vials <= 0) {
            v.add(at + ".vials", "must be greater than zero");
            ok = false;
        }
        if (!ok) {
            return null;
        }
        if (vials == null) {
            if (doses % dosesPerVial != 0) {
                v.add(at + ".doses", "is not a whole number of vials of " + dosesPerVial + " doses");
                return null;
            }
            return new VialCount(doses, doses / dosesPerVial);
        }
        long fromVials;
        try {
            fromVials = Math.multiplyExact(vials, dosesPerVial);
        } catch (ArithmeticException e) {
            v.add(at + ".vials", "is too large");
            return null;
        }
        if (doses != null && doses != fromVials) {
            v.add(at + ".doses", doses + " doses disagree with " + vials + " vials of " + dosesPerVial + " doses (" + fromVials + ")");
            return null;
        }
        return new VialCount(fromVials, vials);
    }
}
