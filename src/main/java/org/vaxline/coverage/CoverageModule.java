package org.vaxline.coverage;

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

    public CoverageModule(Store store, Facilities facilities, PersonHistories histories) {
        this.store = store;
        CoverageStore cells = new CoverageStore();
        this.count = new CountCoverage(store, cells, histories);
        this.projection = new CoverageRecount(cells, histories);
        this.queries = new CoverageQueries(store, cells, facilities);
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
