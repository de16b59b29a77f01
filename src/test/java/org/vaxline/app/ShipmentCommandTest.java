package org.vaxline.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vaxline stock receive} on the demo store: a typed lot and a scanned one, a retry, and a one-line refusal. */
class ShipmentCommandTest {
    @TempDir
    Path tempDir;

    @Test
    void receivesTypedAndScannedLotsOnceAndNamesABadLabel() {
        List<String> store = List.of("--data", tempDir.resolve("data").toString());
        assertThat(CliRun.run(store, "demo", "--load-only").exitCode()).isZero();
        String agreement = org.vaxline.platform.id.Ids.fromName("demo:agreement:abdala-supply").toString();
        String id = org.vaxline.platform.id.Ids.newId().toString();
        String[] args = {"stock", "receive", "--id", id, "--agreement", agreement, "--facility", "NATIONAL-STORE",
                "--date", "2021-09-25", "--reference", "AWB 730-1234 5675",
                "--lot", "C2101", "--gtin", "08501234000016", "--manufactured", "2021-08-01", "--expires", "2022-02-28", "--doses", "1000",
                "--gs1", "0108501234000016" + "10C2102\u001d" + "17220331" + "11210901", "--vials", "200"};

        CliRun received = CliRun.run(store, args);
        assertThat(received.exitCode()).as(received.err()).isZero();
        assertThat(received.out()).contains("received shipment " + id).contains("3000 doses")
                .contains("lot C2101").contains("lot C2102").contains("2000 doses in 200 vials").contains("QUARANTINED");
        CliRun again = CliRun.run(store, args);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already received: shipment " + id);

        CliRun bad = CliRun.run(store, "stock", "receive", "--agreement", agreement, "--facility", "NATIONAL-STORE",
                "--date", "2021-09-25", "--reference", "AWB 2", "--gs1", "(01)08501234000017(17)220331(10)C3", "--doses", "10");
        assertThat(bad.exitCode()).isEqualTo(5);
        assertThat(bad.errorLines()).singleElement().asString().startsWith("error: SHIPMENT_INVALID: lots[0].gs1: AI (01)");
        assertThat(CliRun.run(List.of(), "stock", "receive", "--help").out()).contains("--gs1").contains("--over-delivery");
    }
}
