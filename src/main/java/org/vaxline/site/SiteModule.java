package org.vaxline.site;

import org.vaxline.aefi.application.ReportAefi;
import org.vaxline.catalog.application.Catalog;
import org.vaxline.certificate.application.IssueCertificate;
import org.vaxline.facility.application.Facilities;
import org.vaxline.person.application.LogReads;
import org.vaxline.person.application.PersonDirectory;
import org.vaxline.person.application.RegisterPerson;
import org.vaxline.person.application.SearchPersons;
import org.vaxline.platform.http.Routes;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.registry.application.RecordDose;
import org.vaxline.registry.application.Sessions;
import org.vaxline.site.application.SitePacks;
import org.vaxline.site.application.SyncBatch;
import org.vaxline.site.http.SiteRoutes;
import org.vaxline.stock.application.StockQueries;
import org.vaxline.web.WebGate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The vaccination site's workspace: its page (which keeps working offline), the site pack it caches and the batch it
 * syncs its queued registrations and doses through. Holds no rule of its own: it calls the person and registry use cases.
 */
public final class SiteModule {
    private final SitePacks packs;
    private final SyncBatch batch;
    private final WebGate gate;
    private final SearchPersons search;
    private final IssueCertificate certificates;
    private final ReportAefi aefi;
    private final Sessions sessions;
    private final Clock clock;

    public SiteModule(Clock clock, WebGate gate, Facilities facilities, Catalog catalog, StockQueries stock, DoseQueries doses,
                      Sessions sessions, PersonDirectory persons, LogReads reads, RegisterPerson register, SearchPersons search,
                      RecordDose recordDose, IssueCertificate certificates, ReportAefi aefi) {
        this.gate = gate;
        this.search = search;
        this.certificates = certificates;
        this.aefi = aefi;
        this.sessions = sessions;
        this.clock = clock;
        // the digits 1-3 a citizen ID may start with, read as the registry reads them (from the provinces' data, which
        // may be imported after start)
        java.util.function.Supplier<Set<String>> codes = () -> {
            Set<String> all = new HashSet<>();
            facilities.provinces(null, 1000).forEach(p -> p.oldGsoCodes().forEach(code -> all.add("0" + code)));
            return all;
        };
        this.packs = new SitePacks(clock, facilities, catalog, stock, doses, sessions, persons, reads, codes);
        this.batch = new SyncBatch(clock, packs, register, recordDose, (siteId, scan) -> {
            var lines = packs.stockAt(siteId, LocalDate.now(clock));
            return SyncBatch.lotOf(lines, packs.productsOf(lines), scan);
        });
    }

    public SitePacks packs() {
        return packs;
    }

    public SyncBatch batch() {
        return batch;
    }

    public Routes routes() {
        return new SiteRoutes(gate, packs, batch, search, certificates, aefi, sessions, clock);
    }
}
