package org.vaxline.registryimport.application;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.facility.application.Facilities;
import org.vaxline.lot.application.LotQueries;

import java.time.Clock;

/** The doses import: a doses file's rows resolved to ids and handed to the dose registry's port. */
public final class DoseImports {
    private DoseImports() {
    }

    public static FileImport of(ImportEngine engine, PersonIdentities persons, Catalog catalog, LotQueries lots,
                                Facilities facilities, DoseRecorder recorder, Clock clock) {
        return new FileImport(engine, () -> new DoseRows(persons, new DoseReferences(catalog, lots, facilities), recorder, clock));
    }
}
