package org.vaxline.registry.domain;

import org.vaxline.platform.error.VaxlineException;

import java.time.LocalDate;
import java.util.Map;

/**
 * Invariant 7 for a dose: its day is checked against the facts it depends on — not after today in the programme's time
 * zone, not before the person was born nor after they died, not before the lot was made or reached the site. (A lot's release is the lot's
 * own rule, asked of every use of it.)
 */
public final class DoseDatePolicy {
    private DoseDatePolicy() {
    }

    /** A dose is not given after today, nor before the person was born. */
    public static void check(LocalDate givenOn, LocalDate today, LocalDate bornOn) {
        if (givenOn.isAfter(today)) {
            throw refused(RegistryError.DOSE_IN_FUTURE, "givenOn: " + givenOn + " is after today (" + today
                    + " in the programme's time zone)", "after today " + today, Map.of("givenOn", givenOn, "today", today));
        }
        if (bornOn != null && givenOn.isBefore(bornOn)) {
            throw refused(RegistryError.DOSE_BEFORE_BIRTH, "givenOn: " + givenOn + " is before the person was born ("
                    + bornOn + ")", "before the date of birth " + bornOn, Map.of("givenOn", givenOn, "bornOn", bornOn));
        }
    }

    /**
     * A dose is not given after the person died (on the day itself it may have been: the day is all a death records).
     *
     * @param diedOn the day the person died, or null while no death is recorded
     */
    public static void requireAlive(LocalDate givenOn, LocalDate diedOn) {
        if (diedOn != null && givenOn.isAfter(diedOn)) {
            throw refused(RegistryError.DOSE_AFTER_DEATH, "givenOn: " + givenOn + " is after the person died (" + diedOn + ")",
                    "after the person died on " + diedOn, Map.of("givenOn", givenOn, "diedOn", diedOn));
        }
    }

    /** A dose is not given from a lot before the lot was made. */
    public static void requireMade(LocalDate givenOn, LocalDate madeOn, String lotNumber) {
        if (madeOn != null && givenOn.isBefore(madeOn)) {
            throw refused(RegistryError.DOSE_BEFORE_MANUFACTURE, "givenOn: " + givenOn + " is before lot " + lotNumber
                    + " was made (" + madeOn + ")", "before the lot was made on " + madeOn,
                    Map.of("givenOn", givenOn, "madeOn", madeOn, "lotNumber", lotNumber));
        }
    }

    /** @param firstAtSiteOn the first day the lot was in stock at the site, or null if it never was (the stock says so) */
    public static void requireAtSite(LocalDate givenOn, LocalDate firstAtSiteOn) {
        if (firstAtSiteOn != null && givenOn.isBefore(firstAtSiteOn)) {
            throw refused(RegistryError.DOSE_BEFORE_ARRIVAL, "givenOn: " + givenOn + " is before the lot reached the site ("
                    + firstAtSiteOn + ")", "before the lot reached the site on " + firstAtSiteOn,
                    Map.of("givenOn", givenOn, "arrivedOn", firstAtSiteOn));
        }
    }

    private static VaxlineException refused(RegistryError code, String detail, String reason, Map<String, Object> figures) {
        return new VaxlineException(code, detail, Map.of("givenOn", reason), figures);
    }
}
