package org.vaxline.masterdata;

import org.vaxline.catalog.CatalogModule;
import org.vaxline.facility.FacilityModule;
import org.vaxline.masterdata.application.MasterData;
import org.vaxline.masterdata.cli.MasterCommand;
import org.vaxline.masterdata.http.MasterDataRoutes;
import org.vaxline.partner.PartnerModule;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;
import picocli.CommandLine;

import java.util.function.Supplier;

/** Wires import and export of all master data over the catalogue, partner and facility modules. */
public final class MasterDataModule {
    private final MasterData masterData;

    public MasterDataModule(Store store, CatalogModule catalog, PartnerModule partners, FacilityModule facilities) {
        this.masterData = new MasterData(store, partners.store(), catalog.productStore(), catalog.commodityStore(),
                facilities.provinceStore(), facilities.facilityStore());
    }

    public MasterData masterData() {
        return masterData;
    }

    public Routes routes() {
        return new MasterDataRoutes(masterData);
    }

    /** {@code master import|export}; suppliers let the composition root open the store only when the command runs. */
    public static CommandLine command(Supplier<MasterData> masterData, Supplier<Actor> actor) {
        return MasterCommand.commandLine(masterData, actor);
    }
}
