package org.vaxline.coverage;

import org.vaxline.coverage.application.CoverageTargets;
import java.time.Clock;

import org.vaxline.coverage.application.CountCoverage;
import org.vaxline.coverage.application.CoverageQueries;
import org.vaxline.coverage.application.CoverageRecount;
import org.vaxline.coverage.application.PersonHistories;
import org.vaxline.coverage.http.CoverageRoutes;
import org.vaxline.coverage.store.CoverageStore;
import org.vaxline.facility.application.Facilities;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.store.Projection;
import org.vaxline.platform.store.Store;

/** Wires coverage: the cube, its update with each dose, its recount from the dose history, reports and routes. */
public final class CoverageModule {
    private final Store store;
    private final CountCoverage count;
    private final CoverageRecount projection;
    private final CoverageQueries queries;
    private final CoverageTargets targets;

    public CoverageModule(Store store, Facilities facilities, PersonHistories histories) {
        // without a clock, target populations can be read but not set
        this(store, null, facilities, histories);
    }

    /** Wires coverage with the programme's clock, which stamps when a target population was set. */
    public CoverageModule(Store store, Clock clock, Facilities facilities, PersonHistories histories) {
        this.store = store;
        CoverageStore cells = new CoverageStore();
        this.count = new CountCoverage(store, cells, histories);
        this.projection = new CoverageRecount(cells, histories);
        this.queries = new CoverageQueries(store, cells, facilities);
        this.targets = new CoverageTargets(store, clock, facilities);
    }

    /** Target populations per province and priority group, set by managers. */
    public CoverageTargets targets() {
        return targets;
    }

    /** Told of each dose recorded or reversed, merge and correction, inside its transaction. */
    public CountCoverage count() {
        return count;
    }

    public CoverageQueries queries() {
        return queries;
    }

    public Projection.Rebuilt recount() {
        return Projection.rebuild(store, projection);
    }

    public Routes routes() {
        return new CoverageRoutes(queries);
    }
}
