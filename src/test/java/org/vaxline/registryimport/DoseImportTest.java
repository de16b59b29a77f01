package org.vaxline.registryimport;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.lot.domain.NewLot;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.error.ErrorCode;
import org.vaxline.platform.error.ErrorKind;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.registryimport.application.DoseRecorder;
import org.vaxline.registryimport.application.ImportRequest;
import org.vaxline.registryimport.application.ProgressListener;
import org.vaxline.registryimport.domain.ImportSummary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The doses import through its port, on both stores. The port here writes into a table of its own and keeps one rule
 * after writing (at most three doses of a product per person), so a refusal must be rolled back by the import.
 */
class DoseImportTest {
    private static final String HEADER = "so_giay_to,loai_giay_to,ma_san_pham,so_lo,ma_diem_tiem,ngay_tiem";

    @TempDir
    Path tmp;

    enum TestDoseError implements ErrorCode {
        TEST_DOSE_SERIES_COMPLETE;

        @Override
        public ErrorKind kind() {
            return ErrorKind.RULE;
        }

        @Override
        public String title() {
            return "Series complete";
        }
    }

    /** Records a dose once per id into its own table; a fourth dose of one product is refused after it was written. */
    record TableRecorder(Store store) implements DoseRecorder {
        TableRecorder {
            store.inTransaction(h -> h.execute("CREATE TABLE test_doses (id VARCHAR(36) PRIMARY KEY, person_id VARCHAR(36), "
                    + "product_id VARCHAR(36), lot_id VARCHAR(36), site_id VARCHAR(36), given_on VARCHAR(10))"));
        }

        @Override
        public boolean record(Actor actor, UUID doseId, UUID personId, UUID productId, UUID lotId, UUID siteId, LocalDate givenOn) {
            return store.inTransaction(h -> {
                if (h.createQuery("SELECT COUNT(*) FROM test_doses WHERE id = :id").bind("id", doseId.toString())
                        .mapTo(Integer.class).one() > 0) {
                    return false;
                }
                h.createUpdate("INSERT INTO test_doses VALUES (:id, :p, :pr, :l, :s, :d)").bind("id", doseId.toString())
                        .bind("p", personId.toString()).bind("pr", productId.toString()).bind("l", lotId.toString())
                        .bind("s", siteId.toString()).bind("d", givenOn.toString()).execute();
                int doses = h.createQuery("SELECT COUNT(*) FROM test_doses WHERE person_id = :p AND product_id = :pr")
                        .bind("p", personId.toString()).bind("pr", productId.toString()).mapTo(Integer.class).one();
                if (doses > 3) {
                    throw new VaxlineException(TestDoseError.TEST_DOSE_SERIES_COMPLETE, "givenOn: the series is complete",
                            Map.of("givenOn", "the person has had every dose of the series"), Map.of());
                }
                return true;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void resolvesEveryReferenceReportsWhatIsMissingAndRollsBackARefusedDose(Dialect dialect) {
        try (ImportWorld world = new ImportWorld(dialect, tmp)) {
            UUID abdala = world.app.catalog().catalog().productByCode(DemoMasterData.ABDALA).orElseThrow().id();
            world.app.lots().registerLots().register(ImportWorld.ADMIN, List.of(new NewLot(Ids.newId(), abdala, "A2101",
                    DemoMasterData.ABDALA_GTIN, LocalDate.of(2021, 6, 1), LocalDate.of(2022, 6, 1))));
            world.importPersons(world.write("people.csv", List.of(ImportWorld.PEOPLE_HEADER, ImportWorld.person(1),
                    ImportWorld.person(2))));
            String an = ImportWorld.citizenId(1);
            String binh = ImportWorld.citizenId(2);
            TableRecorder recorder = new TableRecorder(world.store);
            Path file = world.write("doses.csv", List.of(HEADER,
                    an + ",CCCD,ABDALA,A2101,SITE-01-1-1,2021-09-01",
                    an + ",CCCD,ABDALA,A2101,SITE-01-1-1,15/09/2021",
                    an + ",CCCD,ABDALA,A2101,SITE-01-1-1,2021-09-29",
                    an + ",CCCD,ABDALA,A2101,SITE-01-1-1,2021-09-30",
                    binh + ",CCCD,ABDALA,NO-SUCH-LOT,SITE-01-1-1,2021-09-01",
                    "001090999999,CCCD,ABDALA,A2101,SITE-01-1-1,2021-09-01",
                    binh + ",CCCD,ABDALA,A2101,NO-SITE,2021-09-01",
                    binh + ",CCCD,ABDALA,A2101,SITE-01-1-1,2021-12-01",
                    binh + ",CCCD,ABDALA,A2101,SITE-01-1-1,2021-09-01"));

            ImportSummary first = world.imports.doses(recorder).run(ImportWorld.ADMIN, new ImportRequest(file, null, 3),
                    ProgressListener.NONE);

            assertThat(first.rows()).isEqualTo(9);
            assertThat(first.created()).isEqualTo(4);
            assertThat(first.failed()).isEqualTo(5);
            assertThat(ImportWorld.report(first)).containsExactly(
                    "5,ngay_tiem,TEST_DOSE_SERIES_COMPLETE,the person has had every dose of the series",
                    "6,so_lo,IMPORT_REFERENCE_UNKNOWN,no lot NO-SUCH-LOT of product ABDALA",
                    "7,so_giay_to,IMPORT_REFERENCE_UNKNOWN,no person registered with CCCD 001090999999",
                    "8,ma_diem_tiem,IMPORT_REFERENCE_UNKNOWN,no facility NO-SITE",
                    "9,ngay_tiem,IMPORT_VALUE_INVALID,is after today (2021-10-01)");
            assertThat(world.count("SELECT COUNT(*) FROM test_doses")).isEqualTo(4);
            assertThat(world.count("SELECT COUNT(*) FROM test_doses WHERE given_on = '2021-09-30'")).isZero();

            ImportSummary again = world.imports.doses(recorder).run(ImportWorld.ADMIN, ImportRequest.of(file),
                    ProgressListener.NONE);

            assertThat(again.created()).isZero();
            assertThat(again.unchanged()).isEqualTo(4);
            assertThat(again.failed()).isEqualTo(5);
            assertThat(world.count("SELECT COUNT(*) FROM test_doses")).isEqualTo(4);
        }
    }
}
