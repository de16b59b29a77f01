package org.vaxline.facility;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.facility.domain.Province;
import org.vaxline.facility.domain.ProvinceKind;
import org.vaxline.facility.store.FacilityStore;
import org.vaxline.facility.store.ProvinceStore;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Provinces and commune names are read from caches that never hide this process's own writes, nor what they do not hold. */
class MasterDataCachesTest {
    @TempDir
    Path tempDir;

    private static Province hanoi(long population, List<String> oldCodes) {
        return new Province("01", "Hà Nội", ProvinceKind.CITY, population, null, oldCodes, null);
    }

    private static Optional<Province> find(Store store, ProvinceStore provinces, String code) {
        return store.read(h -> provinces.find(h, code));
    }

    private static List<Province> page(Store store, ProvinceStore provinces, String after) {
        return store.read(h -> provinces.page(h, after, 10));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void ownWritesAreReadAtOnceAndAnUnknownCodeIsAskedOfTheStore(Dialect dialect) {
        ProvinceStore provinces = new ProvinceStore();
        try (Store store = TestStores.open(dialect, tempDir)) {
            assertThat(store.read(provinces::all)).as("no master data yet: nothing kept").isEmpty();
            store.inTransaction(h -> h.execute("INSERT INTO province (code, name, kind, population) VALUES ('01', 'Hà Nội', 'CITY', 1)"));
            assertThat(store.read(provinces::all)).extracting(Province::code).containsExactly("01");

            // another process adds a province: its code is found at once, though the kept list is not yet renewed
            store.inTransaction(h -> h.execute("INSERT INTO province (code, name, kind, population) VALUES ('46', 'Huế', 'CITY', 2)"));
            assertThat(find(store, provinces, "46")).map(Province::name).hasValue("Huế");

            store.inTransaction(h -> {
                provinces.upsert(h, hanoi(8_400_000, List.of("01", "105")));
                return null;
            });
            assertThat(find(store, provinces, "01")).hasValueSatisfying(p -> {
                assertThat(p.population()).isEqualTo(8_400_000);
                assertThat(p.oldGsoCodes()).containsExactly("01", "105");
            });
            assertThat(page(store, provinces, null)).as("the write renewed the list")
                    .extracting(Province::code).containsExactly("01", "46");
            assertThat(page(store, provinces, "01")).extracting(Province::code).containsExactly("46");

            assertThatThrownBy(() -> store.inTransaction(h -> {
                provinces.upsert(h, hanoi(9, List.of()));
                assertThat(provinces.find(h, "01")).as("the writing transaction reads its own write")
                        .map(Province::population).hasValue(9L);
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");
            assertThat(find(store, provinces, "01")).as("a rolled-back write is not kept")
                    .map(Province::population).hasValue(8_400_000L);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void communeNamesFollowTheirUpsertAtOnce(Dialect dialect) {
        FacilityStore facilities = new FacilityStore();
        try (Store store = TestStores.open(dialect, tempDir)) {
            store.inTransaction(h -> h.execute("INSERT INTO province (code, name, kind, population) VALUES ('01', 'Hà Nội', 'CITY', 1)"));
            assertThat(communes(store, facilities, "01")).as("no commune yet: nothing kept").isEmpty();
            UUID phucXa = UUID.randomUUID();
            upsert(store, facilities, new Facility(phucXa, "COMMUNE-01-1", "Phúc Xá", FacilityType.COMMUNE, null, "01", null));
            assertThat(communes(store, facilities, "01")).containsExactly(Map.entry(phucXa, "Phúc Xá"));

            upsert(store, facilities, new Facility(phucXa, "COMMUNE-01-1", "Phường Phúc Xá", FacilityType.COMMUNE, null, "01", null));
            assertThat(communes(store, facilities, "01")).as("renamed: the kept names were forgotten")
                    .containsExactly(Map.entry(phucXa, "Phường Phúc Xá"));
            assertThat(communes(store, facilities, null)).containsExactly(Map.entry(phucXa, "Phường Phúc Xá"));
            assertThat(communes(store, facilities, "46")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void facilitiesReadAheadInOneStatementAreFoundWithoutAnother(Dialect dialect) throws Exception {
        FacilityStore facilities = new FacilityStore();
        try (Store store = TestStores.open(dialect, tempDir)) {
            store.inTransaction(h -> h.execute("INSERT INTO province (code, name, kind, population) VALUES ('01', 'Hà Nội', 'CITY', 1)"));
            Facility cdc = new Facility(UUID.randomUUID(), "CDC-01", "CDC Hà Nội", FacilityType.PROVINCE, null, "01", null);
            Facility site = new Facility(UUID.randomUUID(), "SITE-01", "Trạm Y tế Phúc Xá", FacilityType.SITE, cdc.id(), "01", null);
            upsert(store, facilities, cdc);
            upsert(store, facilities, site);
            UUID unknown = UUID.randomUUID();
            List<String> statements = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (AutoCloseable ignored = store.statements().listen(statements::add)) {
                store.read(h -> {
                    facilities.readAhead(h, List.of(cdc.id(), site.id(), unknown, site.id()));
                    return null;
                });
                assertThat(statements).as("the three ids in one statement").hasSize(1);
                assertThat(facility(store, facilities, site.id())).hasValue(site);
                assertThat(facility(store, facilities, cdc.id())).hasValue(cdc);
                assertThat(statements).as("both found from the cache").hasSize(1);
                store.read(h -> {
                    facilities.readAhead(h, List.of(cdc.id(), site.id()));
                    return null;
                });
                assertThat(statements).as("nothing left to read").hasSize(1);
                assertThat(facility(store, facilities, unknown)).isEmpty();
                assertThat(statements).as("an id not found is asked again").hasSize(2);
            }
        }
    }

    private static Optional<Facility> facility(Store store, FacilityStore facilities, UUID id) {
        return store.read(h -> facilities.find(h, id));
    }

    private static Map<UUID, String> communes(Store store, FacilityStore facilities, String province) {
        return store.read(h -> facilities.communeNames(h, province));
    }

    private static void upsert(Store store, FacilityStore facilities, Facility facility) {
        store.inTransaction(h -> {
            facilities.upsert(h, facility);
            return null;
        });
    }
}
