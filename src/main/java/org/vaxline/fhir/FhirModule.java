package org.vaxline.fhir;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.facility.application.Facilities;
import org.vaxline.fhir.application.FhirReads;
import org.vaxline.fhir.http.FhirRoutes;
import org.vaxline.lot.LotModule;
import org.vaxline.person.PersonModule;
import org.vaxline.platform.http.Routes;
import org.vaxline.registry.RegistryModule;

import java.time.Clock;

/**
 * Wires the FHIR R4 facade: the registry read and written in the standard other systems speak, through the features'
 * own application services (no store of its own, no SQL of theirs).
 */
public final class FhirModule {
    private final FhirReads reads;
    private final org.vaxline.fhir.application.FhirExports exports;
    private final org.vaxline.fhir.application.FhirWrites writes;
    private final String version;
    private final org.vaxline.fhir.application.FhirImport imports;

    public FhirModule(org.vaxline.platform.store.Store store, Clock clock, PersonModule persons, RegistryModule registry, Catalog catalog, Facilities facilities,
                      LotModule lots, String version, org.vaxline.catalog.application.ExternalProducts externalProducts) {
        this.version = version;
        this.reads = new FhirReads(clock, persons, registry.queries(), catalog, facilities, lots.availability(), lots.queries());
        this.exports = new org.vaxline.fhir.application.FhirExports(clock, persons, registry.queries(), reads);
        this.writes = new org.vaxline.fhir.application.FhirWrites(store, registry.recordDose(),
                registry.recordHistoricalDose(), persons.directory(), catalog, externalProducts,
                facilities, lots.queries());
        this.imports = new org.vaxline.fhir.application.FhirImport(store, persons.registerPerson(), persons.recordDeath(), writes,
                facilities);
    }

    /** Bulk Data export jobs. */
    public org.vaxline.fhir.application.FhirExports exports() {
        return exports;
    }

    /** {@code vaxline fhir import}: NDJSON files and Bundles through the registry's use cases. */
    public org.vaxline.fhir.application.FhirImport imports() {
        return imports;
    }

    public FhirReads reads() {
        return reads;
    }

    public org.vaxline.fhir.application.FhirWrites writes() {
        return writes;
    }

    public Routes routes() {
        return new FhirRoutes(reads, writes, exports, version);
    }
}
