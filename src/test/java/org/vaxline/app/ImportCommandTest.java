package org.vaxline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vaxline import persons} through the real command line: summary, progress, report and exit codes 0, 5 and 2. */
class ImportCommandTest {
    @TempDir
    Path data;

    private static final String HEADER = "ho_ten,ngay_sinh,gioi_tinh,loai_giay_to,so_giay_to,so_dien_thoai,ma_tinh";

    @Test
    void importsPeopleReportsBadRowsAndExitsByOutcome() throws Exception {
        List<String> store = List.of("--data", data.resolve("store").toString());
        assertThat(CliRun.run(store, "demo", "--load-only").exitCode()).isZero();
        Path file = data.resolve("nguoi.csv");
        Files.writeString(file, String.join("\n", HEADER,
                "Nguyễn Văn An,1990-05-01,Nam,CCCD,001090000123,0912 345 678,01",
                "Trần Thị Bình,01/05/1991,Nữ,CCCD,001191000124,,01",
                "Lê Văn Cường,1990-05-01,Nam,CCCD,001090000125,,99") + "\n");
        Path report = data.resolve("report.csv");

        CliRun first = CliRun.run(store, "import", "persons", file.toString(), "--batch", "2", "--errors", report.toString());

        assertThat(first.exitCode()).as(first.err()).isEqualTo(5);
        assertThat(first.out()).contains("imported nguoi.csv: 3 rows read, 2 created, 0 unchanged, 0 already registered, 1 failed",
                "rows/s", "1 rows failed: see " + report);
        assertThat(first.err()).contains("100%");
        assertThat(Files.readAllLines(report)).containsExactly("line,column,code,reason",
                "4,ma_tinh,IMPORT_REFERENCE_UNKNOWN,no province 99");

        Files.writeString(file, String.join("\n", HEADER, "Nguyễn Văn An,1990-05-01,Nam,CCCD,001090000123,0912 345 678,01"));
        CliRun again = CliRun.run(store, "import", "persons", file.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("1 rows read, 0 created, 1 unchanged");
        assertThat(data.resolve("nguoi.errors.csv")).exists();

        CliRun missing = CliRun.run(store, "import", "persons", data.resolve("none.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errorLines()).singleElement().asString().startsWith("error: IMPORT_FILE_UNREADABLE");

        CliRun notDoses = CliRun.run(store, "import", "doses", file.toString());
        assertThat(notDoses.exitCode()).isEqualTo(2);
        assertThat(notDoses.errorLines()).singleElement().asString().startsWith("error: IMPORT_FILE_UNREADABLE");

        // A dose for the imported person at a demo site, of a lot that site holds: recorded once, however often imported.
        CliRun onHand = CliRun.run(store, "stock", "onhand", "--facility", "SITE-01-1-1", "--json");
        String lot = org.vaxline.platform.json.Json.mapper().readTree(onHand.out()).at("/lines/0/lotNumber").asText();
        Path doseFile = data.resolve("mui-tiem.csv");
        Files.writeString(doseFile, "so_giay_to,loai_giay_to,ma_san_pham,so_lo,ma_diem_tiem,ngay_tiem\n"
                + "001090000123,CCCD,ABDALA," + lot + ",SITE-01-1-1," + java.time.LocalDate.now() + "\n");
        CliRun doses = CliRun.run(store, "import", "doses", doseFile.toString());
        assertThat(doses.exitCode()).as(doses.err() + doses.out()).isZero();
        assertThat(doses.out()).contains("1 rows read, 1 created");
        assertThat(CliRun.run(store, "import", "doses", doseFile.toString()).out()).contains("1 rows read, 0 created, 1 unchanged");
        assertThat(CliRun.run(store, "import", "--help").out()).contains("persons", "doses");
    }
}
