package org.vaxline.masterdata;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.catalog.CatalogModule;
import org.vaxline.catalog.domain.AgeRange;
import org.vaxline.catalog.domain.Product;
import org.vaxline.catalog.domain.RegimenDose;
import org.vaxline.facility.FacilityModule;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityFilter;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.masterdata.application.MasterDocumentJson;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.masterdata.domain.ImportResult;
import org.vaxline.masterdata.domain.MasterDataError;
import org.vaxline.masterdata.domain.MasterDocument;
import org.vaxline.partner.PartnerModule;
import org.vaxline.partner.domain.Partner;
import org.vaxline.partner.domain.PartnerKind;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Import and export on a real SQLite file and a real PostgreSQL schema. */
class MasterDataImportTest {
    static final Actor ADMIN = new Actor("admin", Role.NATIONAL_ADMIN, null, null);
    @TempDir
    Path tempDir;
    private Store store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private Modules open(Dialect dialect) {
        store = TestStores.open(dialect, tempDir);
        return new Modules(store);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theDemoDocumentImportsCleanlyAndReadsBack(Dialect dialect) {
        Modules m = open(dialect);
        ImportResult result = m.master.masterData().importDocument(ADMIN, DemoMasterData.document());

        assertThat(result.provinces().created()).isEqualTo(34);
        assertThat(result.partners().created()).isEqualTo(7);
        var facilities = m.facility.facilities();
        assertThat(facilities.list(new FacilityFilter(null, FacilityType.REGIONAL_INSTITUTE, null), null, 100)).hasSize(4);
        assertThat(facilities.list(new FacilityFilter(null, FacilityType.PROVINCE, null), null, 100)).hasSize(34);
        Facility store = facilities.byCode(DemoMasterData.NATIONAL_STORE).orElseThrow();
        assertThat(store.name()).isEqualTo("Kho vắc xin quốc gia");
        assertThat(facilities.find(DemoMasterData.facilityId("CDC-01"))).get()
                .extracting(Facility::provinceCode, Facility::parentId).containsExactly("01", DemoMasterData.facilityId("RI-NIHE"));
        assertThat(facilities.list(new FacilityFilter("01", FacilityType.SITE, null), null, 100)).isNotEmpty()
                .allSatisfy(site -> assertThat(site.note()).contains("illustrative"));
        assertThat(facilities.province("79")).get().satisfies(p -> assertThat(p.oldGsoCodes()).containsExactly("79", "74", "77"));

        Product abdala = m.catalog.catalog().productByCode(DemoMasterData.ABDALA).orElseThrow();
        assertThat(abdala).isEqualTo(DemoMasterData.document().products().get(0));
        assertThat(abdala.dosesPerVial()).isEqualTo(10);
        assertThat(abdala.regimen()).extracting(RegimenDose::recommendedIntervalDays).containsExactly(0, 14, 14);
        assertThat(abdala.eligibleAge()).as("from age 2, no upper bound").isEqualTo(new AgeRange(2, null));
        assertThat(m.catalog.catalog().product(abdala.id())).contains(abdala);
        assertThat(m.catalog.catalog().commodityByCode(DemoMasterData.RICE)).get().extracting(c -> c.unit()).isEqualTo("t");
        assertThat(m.partner.partners().byCode(DemoMasterData.CUBA)).get().extracting(Partner::countryCode).isEqualTo("CU");
        assertThat(m.partner.partners().find(abdala.makerId())).get().extracting(Partner::code).isEqualTo(DemoMasterData.CIGB);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void importingTwiceChangesNothingAndExportImportExportIsIdentical(Dialect dialect) {
        Modules m = open(dialect);
        var master = m.master.masterData();
        master.importDocument(ADMIN, DemoMasterData.document());
        String first = MasterDocumentJson.write(master.export());
        assertThat(first).contains("\"eligibleAge\" : {\n      \"minYears\" : 2\n    }");

        ImportResult again = master.importDocument(ADMIN, DemoMasterData.document());
        assertThat(again.changedNothing()).isTrue();
        ImportResult roundTrip = master.importJson(ADMIN, first);
        assertThat(roundTrip.changedNothing()).isTrue();
        assertThat(MasterDocumentJson.write(master.export())).isEqualTo(first);
        assertThat(MasterDocumentJson.read(first)).isEqualTo(master.export());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anUpdateRewritesTheChangedEntriesOnly(Dialect dialect) {
        Modules m = open(dialect);
        var master = m.master.masterData();
        MasterDocument demo = DemoMasterData.document();
        master.importDocument(ADMIN, demo);
        Product abdala = demo.products().get(0);
        Product nineMonths = new Product(abdala.id(), abdala.code(), abdala.name(), abdala.makerId(), abdala.form(),
                abdala.doseVolumeMl(), abdala.dosesPerVial(), abdala.regimen().subList(0, 2), abdala.storageMinC(),
                abdala.storageMaxC(), 9, 45, abdala.openVialPolicy(), abdala.codes().subList(0, 1), List.of("04006381333931"), null);

        ImportResult result = master.importDocument(ADMIN, new MasterDocument(null, List.of(nineMonths), null, null, null));

        assertThat(result.products().updated()).isEqualTo(1);
        assertThat(m.catalog.catalog().product(abdala.id())).contains(nineMonths);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aBadDocumentNamesEveryFaultWithItsPathAndWritesNothing(Dialect dialect) {
        Modules m = open(dialect);
        MasterDocument demo = DemoMasterData.document();
        List<Facility> facilities = new ArrayList<>(demo.facilities());
        Facility site = facilities.stream().filter(f -> f.type() == FacilityType.SITE).findFirst().orElseThrow();
        int siteAt = facilities.indexOf(site);
        facilities.set(siteAt, new Facility(site.id(), site.code(), site.name(), site.type(),
                DemoMasterData.facilityId("CDC-01"), "99", null));
        Product abdala = demo.products().get(0);
        Product badRegimen = new Product(abdala.id(), abdala.code(), abdala.name(), UUID.randomUUID(), abdala.form(),
                abdala.doseVolumeMl(), abdala.dosesPerVial(), List.of(new RegimenDose(1, 0, 0), new RegimenDose(2, 0, 14)),
                abdala.storageMinC(), abdala.storageMaxC(), abdala.shelfLifeMonths(), abdala.expiryWarningDays(),
                abdala.openVialPolicy(), abdala.codes(), abdala.gtins(), abdala.note());
        List<Partner> partners = new ArrayList<>(demo.partners());
        partners.add(new Partner(UUID.randomUUID(), DemoMasterData.CUBA, "Cuba again", PartnerKind.COUNTRY, null));
        MasterDocument bad = new MasterDocument(partners, List.of(badRegimen), demo.commodities(), demo.provinces(), facilities);

        VaxlineException e = catchThrowableOfType(VaxlineException.class,
                () -> m.master.masterData().importDocument(ADMIN, bad));

        assertThat(e.code()).isEqualTo(MasterDataError.MASTER_DATA_INVALID);
        int extra = partners.size() - 1;
        assertThat(e.fieldErrors()).containsOnlyKeys(
                "products[0].makerId", "products[0].regimen[1].minIntervalDays",
                "partners[" + extra + "].countryCode", "partners[" + extra + "].code", "partners[0].code",
                "facilities[" + siteAt + "].parentId", "facilities[" + siteAt + "].provinceCode");
        assertThat(m.master.masterData().export()).isEqualTo(MasterDocument.empty());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onlyANationalAdminImports(Dialect dialect) {
        Modules m = open(dialect);
        Actor province = new Actor("hn", Role.PROVINCE_MANAGER, null, "01");
        VaxlineException e = catchThrowableOfType(VaxlineException.class,
                () -> m.master.masterData().importDocument(province, DemoMasterData.document()));
        assertThat(e.code()).isEqualTo(PlatformError.FORBIDDEN);
        assertThat(m.master.masterData().export()).isEqualTo(MasterDocument.empty());
    }

    /** The four modules wired as the composition root wires them. */
    static final class Modules {
        final CatalogModule catalog;
        final PartnerModule partner;
        final FacilityModule facility;
        final MasterDataModule master;

        Modules(Store store) {
            catalog = new CatalogModule(store);
            partner = new PartnerModule(store);
            facility = new FacilityModule(store);
            master = new MasterDataModule(store, catalog, partner, facility);
        }
    }
}
