package org.vaxline.facility;

import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.cli.FacilitiesCommand;
import org.vaxline.facility.http.FacilityRoutes;
import org.vaxline.facility.store.FacilityStore;
import org.vaxline.facility.store.ProvinceStore;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.store.Store;
import picocli.CommandLine;

import java.util.function.Supplier;

/** Wires provinces and facilities on one store. */
public final class FacilityModule {
    private final FacilityStore facilityStore = new FacilityStore();
    private final ProvinceStore provinceStore = new ProvinceStore();
    private final Facilities facilities;

    public FacilityModule(Store store) {
        this.facilities = new Facilities(store, facilityStore, provinceStore);
    }

    public Facilities facilities() {
        return facilities;
    }

    /** The SQL, for the master data import that writes in its own transaction. */
    public FacilityStore facilityStore() {
        return facilityStore;
    }

    public ProvinceStore provinceStore() {
        return provinceStore;
    }

    public Routes routes() {
        return new FacilityRoutes(facilities);
    }

    /** {@code facilities list}; the supplier lets the composition root open the store only when the command runs. */
    public static CommandLine command(Supplier<Facilities> facilities) {
        return FacilitiesCommand.commandLine(facilities);
    }
}
