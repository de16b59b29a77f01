package org.vaxline.app;

import org.vaxline.access.AccessModule;
import org.vaxline.access.application.FacilityScope;
import org.vaxline.agreement.AgreementModule;
import org.vaxline.catalog.CatalogModule;
import org.vaxline.coldchain.ColdChainModule;
import org.vaxline.facility.FacilityModule;
import org.vaxline.fhir.FhirModule;
import org.vaxline.dhis2.Dhis2Module;
import org.vaxline.lot.LotModule;
import org.vaxline.masterdata.MasterDataModule;
import org.vaxline.partner.PartnerModule;
import org.vaxline.person.PersonModule;
import org.vaxline.platform.http.Authenticator;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.http.SystemRoutes;
import org.vaxline.platform.event.EventBus;
import org.vaxline.person.domain.PersonCorrected;
import org.vaxline.person.domain.PersonsMerged;
import org.vaxline.registry.domain.DoseRecorded;
import org.vaxline.registry.domain.DoseReversed;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.RegistryModule;
import org.vaxline.aefi.AefiModule;
import org.vaxline.coverage.CoverageModule;
import org.vaxline.certificate.CertificateModule;
import org.vaxline.certificate.application.CertificateSettings;
import org.vaxline.shipment.ShipmentModule;
import org.vaxline.stock.StockModule;
import org.vaxline.web.WebModule;
import org.vaxline.site.SiteModule;

import java.time.Clock;
import java.util.List;

/** The composition root: every module, wired explicitly on one store and one clock. */
public final class Vaxline implements AutoCloseable {
    public static final String VERSION = "0.1.0";

    private final Store store;
    private final Clock clock;
    private final EventBus events = new EventBus();
    private final CatalogModule catalog;
    private final PartnerModule partners;
    private final FacilityModule facilities;
    private final MasterDataModule masterData;
    private final AccessModule access;
    private final AgreementModule agreements;
    private final LotModule lots;
    private final StockModule stock;
    private final ShipmentModule shipments;
    private final ColdChainModule coldChain;
    private final PersonModule persons;
    private final RegistryModule registry;
    private final AefiModule aefi;
    private final CoverageModule coverage;
    private final CertificateModule certificates;
    private final FhirModule fhir;
    private final Dhis2Module dhis2;
    private final WebModule web;
    private final OperationsMetrics metrics;
    private final SiteModule site;

    public Vaxline(Store store, Clock clock) {
        this(store, clock, null);
    }

    /** @param keysFolder where certificate signing keys live; null for the default ({@link CertificateModule#defaultKeysFolder}) */
    public Vaxline(Store store, Clock clock, java.nio.file.Path keysFolder) {
        this(store, clock, keysFolder, null);
    }

    /** @param issuerUrl the public URL this server answers at (SMART Health Cards' issuer); null for VAXLINE_ISSUER_URL or its default */
    public Vaxline(Store store, Clock clock, java.nio.file.Path keysFolder, String issuerUrl) {
        this.store = store;
        this.clock = clock;
        this.catalog = new CatalogModule(store);
        this.partners = new PartnerModule(store);
        this.facilities = new FacilityModule(store);
        this.masterData = new MasterDataModule(store, catalog, partners, facilities);
        this.access = new AccessModule(store, clock, facilityId -> facilities.facilities().find(facilityId)
                .map(f -> new FacilityScope(f.id(), f.provinceCode())));
        this.agreements = new AgreementModule(store, clock, new MasterDataReferences(catalog.catalog(), partners.partners()));
        this.lots = new LotModule(store, clock, catalog.catalog(), facilities.facilities());
        this.stock = new StockModule(store, clock, catalog.catalog(), facilities.facilities(), lots.availability(), events);
        this.shipments = new ShipmentModule(store, clock, catalog.catalog(), facilities.facilities(), agreements, lots, stock);
        this.coldChain = new ColdChainModule(store, clock, catalog.catalog(), facilities.facilities(), lots, stock,
                shipments.queries()::lotsOf);
        this.persons = new PersonModule(store, clock, facilities.facilities(), events);
        this.registry = new RegistryModule(store, clock, catalog.catalog(), facilities.facilities(), lots.availability(),
                persons.directory(), stock, persons.logReads()::logged, events);
        this.aefi = new AefiModule(store, clock, facilities.facilities(), lots, stock,
                new RegistryAdministeredDoses(registry.queries()), persons.logReads()::logged);
        RegistryPersonHistories histories = new RegistryPersonHistories(catalog.catalog(), persons.directory(),
                registry.queries());
        this.coverage = new CoverageModule(store, clock, facilities.facilities(), histories);
        // coverage follows every change to whom a dose counts for, inside the change's own transaction
        events.subscribe(DoseRecorded.class, e -> coverage.count().seriesGrew(e.personId(), e.dose().seriesCode(),
                histories.series(e.series().stream().filter(d -> !d.id().equals(e.dose().id())).toList()),
                histories.series(e.series())));
        events.subscribe(DoseReversed.class, e ->
                coverage.count().seriesChanged(e.personId(), e.dose().seriesCode(), histories.series(e.series())));
        events.subscribe(PersonsMerged.class, e ->
                coverage.count().personChanged(e.merge().survivorId(), List.of(e.merge().duplicateId())));
        events.subscribe(PersonCorrected.class, e -> coverage.count().personChanged(e.personId(), List.of()));
        this.certificates = new CertificateModule(store, clock, keysFolder != null ? keysFolder
                : CertificateModule.defaultKeysFolder(store, embeddedDataFolder(store)), issuerUrl == null ? CertificateSettings.VIET_NAM : CertificateSettings.VIET_NAM.withIssuerUrl(issuerUrl),
                persons.directory(), registry.queries(), catalog.catalog(), lots.availability(), facilities.facilities(),
                persons.logReads()::logged);
        this.fhir = new FhirModule(store, clock, persons, registry, catalog.catalog(), facilities.facilities(), lots, VERSION,
                catalog.externalProducts(clock));
        this.dhis2 = new Dhis2Module(clock, coverage.queries(), stock.queries(), registry.queries(), registry.seriesRules(),
                catalog.catalog(), facilities.facilities());
        // a certificate whose dose is reversed, or whose person is merged or corrected, is revoked in the change's transaction
        events.subscribe(DoseReversed.class, certificates.revoke()::doseReversed);
        events.subscribe(PersonsMerged.class, certificates.revoke()::personsMerged);
        events.subscribe(PersonCorrected.class, certificates.revoke()::personCorrected);
        this.metrics = new OperationsMetrics(store, events, registry.recordDose()::writerTime);
        this.web = new WebModule(access.service(), agreements.queries(), shipments.queries(), stock.queries(),
                registry.queries(), coverage.queries(), facilities.facilities(), coldChain.queries(), lots.queries(),
                aefi.recallLot(), aefi.signals(), aefi.settings(), aefi.queries(), coverage.targets(), clock);
        this.site = new SiteModule(clock, web.gate(), facilities.facilities(), catalog.catalog(), stock.queries(),
                registry.queries(), registry.sessions(), persons.directory(), persons.logReads(), persons.registerPerson(),
                persons.searchPersons(), registry.recordDose(), certificates.issue(), aefi.reportAefi());
    }

    /** The folder of an embedded (SQLite) store, from its URL; null for another store. */
    private static java.nio.file.Path embeddedDataFolder(Store store) {
        String url = store.description();
        return url.startsWith("jdbc:sqlite:") ? java.nio.file.Path.of(url.substring("jdbc:sqlite:".length())).getParent() : null;
    }

    /** Where features announce what happened; projections of other features subscribe here. */
    public EventBus events() {
        return events;
    }

    public Store store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    public CatalogModule catalog() {
        return catalog;
    }

    public PartnerModule partners() {
        return partners;
    }

    public FacilityModule facilities() {
        return facilities;
    }

    public MasterDataModule masterData() {
        return masterData;
    }

    public AccessModule access() {
        return access;
    }

    public AgreementModule agreements() {
        return agreements;
    }

    public LotModule lots() {
        return lots;
    }

    public StockModule stock() {
        return stock;
    }

    public ShipmentModule shipments() {
        return shipments;
    }

    public ColdChainModule coldChain() {
        return coldChain;
    }

    public PersonModule persons() {
        return persons;
    }

    public RegistryModule registry() {
        return registry;
    }

    public AefiModule aefi() {
        return aefi;
    }

    public CoverageModule coverage() {
        return coverage;
    }

    public CertificateModule certificates() {
        return certificates;
    }

    /** The FHIR R4 facade under /fhir. */
    public FhirModule fhir() {
        return fhir;
    }

    /** The vaccination site's workspace: its offline pack and the batch its queued records sync through. */
    public SiteModule site() {
        return site;
    }

    /** The DHIS2 export of coverage, doses, stock and wastage per province. */
    public Dhis2Module dhis2() {
        return dhis2;
    }

    public Authenticator authenticator() {
        return access.authenticator();
    }

    /** Every feature's endpoints, and the open system ones. */
    public List<Routes> routes() {
        return List.of(new SystemRoutes(store, clock, VERSION, ApiDocument.compose()), catalog.routes(), partners.routes(), facilities.routes(),
                masterData.routes(), access.routes(), agreements.routes(), lots.routes(), stock.routes(), shipments.routes(),
                coldChain.routes(), persons.routes(), registry.routes(), aefi.routes(), coverage.routes(),
                certificates.routes(), fhir.routes(),
                dhis2.routes(Dhis2Module.configuredMapping(System.getenv(Dhis2Module.MAPPING_ENV))), web.routes(), site.routes(),
                new org.vaxline.platform.ledger.LedgerRoutes(new org.vaxline.platform.ledger.LedgerHeads(store)));
    }

    /** The figures served at /metrics: JVM, connection pool, HTTP requests, what was recorded. */
    public io.micrometer.prometheusmetrics.PrometheusMeterRegistry metrics() {
        return metrics.registry();
    }

    @Override
    public void close() {
        persons.close();
        registry.close();
        metrics.close();
        store.close();
    }
}
