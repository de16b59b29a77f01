package org.vaxline.platform.time;

import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The programme's clock: the one source of "today". Its time zone is configuration (a flag or VAXLINE_TIME_ZONE,
 * default Asia/Ho_Chi_Minh), never the host's, so a server in UTC dates a dose given at 06:30 in Hà Nội on Hà Nội's day.
 */
public final class ProgrammeClock {
    public static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";
    public static final String ZONE_VARIABLE = "VAXLINE_TIME_ZONE";

    private ProgrammeClock() {
    }

    /** The system clock in the named zone; blank or null names the default zone. */
    public static Clock of(String zone) {
        return Clock.system(zone(zone));
    }

    /** The zone named by the flag if given, else by VAXLINE_TIME_ZONE, else the default. */
    public static String configured(String flag) {
        if (flag != null && !flag.isBlank()) {
            return flag;
        }
        String env = System.getenv(ZONE_VARIABLE);
        return env == null || env.isBlank() ? DEFAULT_ZONE : env;
    }

    public static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneId.of(DEFAULT_ZONE);
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw VaxlineException.field(PlatformError.MALFORMED_REQUEST, "timeZone",
                    "'" + zone + "' is not a time zone (e.g. Asia/Ho_Chi_Minh, America/Havana, UTC)");
        }
    }
}
