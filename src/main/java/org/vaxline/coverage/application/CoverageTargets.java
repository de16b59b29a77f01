package org.vaxline.coverage.application;

import org.vaxline.coverage.store.TargetStore;
import org.vaxline.facility.application.Facilities;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Target populations that coverage is measured against, per province and priority group ({@value #ALL} for the
 * whole province): set by a national admin anywhere or a province manager in their province, kept with who set them.
 */
public final class CoverageTargets {
    public static final String ALL = "ALL";
    public static final long MAX_POPULATION = 200_000_000L;

    public record Target(String provinceCode, String groupCode, long population, Instant setAt, String setBy) {
    }

    private final Store store;
    private final Clock clock;
    private final Facilities facilities;
    private final TargetStore targets = new TargetStore();

    public CoverageTargets(Store store, Clock clock, Facilities facilities) {
        this.store = store;
        this.clock = clock;
        this.facilities = facilities;
    }

    public Target set(Actor actor, String provinceCode, String groupCode, long population) {
        boolean allowed = actor.role() == Role.NATIONAL_ADMIN
                || actor.role() == Role.PROVINCE_MANAGER && provinceCode != null && provinceCode.equals(actor.provinceCode());
        if (!allowed) {
            throw new VaxlineException(PlatformError.FORBIDDEN, actor.name() + " (" + actor.role()
                    + ") may not set coverage targets of province " + provinceCode + ": outside their scope");
        }
        if (provinceCode == null || facilities.province(provinceCode).isEmpty()) {
            throw VaxlineException.field(PlatformError.VALIDATION_FAILED, "province", "unknown province " + provinceCode);
        }
        if (groupCode == null || !groupCode.matches("[A-Z0-9_]{1,40}")) {
            throw VaxlineException.field(PlatformError.VALIDATION_FAILED, "group", "a priority group code or " + ALL);
        }
        if (population < 0 || population > MAX_POPULATION) {
            throw VaxlineException.field(PlatformError.VALIDATION_FAILED, "population", "between 0 and " + MAX_POPULATION);
        }
        if (clock == null) {
            throw new IllegalStateException("coverage was wired without a clock: targets cannot be set");
        }
        Target target = new Target(provinceCode, groupCode, population, clock.instant().truncatedTo(ChronoUnit.MICROS), actor.name());
        store.inTransaction(h -> {
            targets.upsert(h, target);
            return null;
        });
        return target;
    }

    /** @param provinceCode one province's targets, or null for all */
    public List<Target> list(String provinceCode) {
        return store.read(h -> targets.list(h, provinceCode));
    }
}
