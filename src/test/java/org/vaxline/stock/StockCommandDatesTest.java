package org.vaxline.stock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.platform.store.Dialect;
import org.vaxline.stock.cli.StockCommand;
import org.vaxline.stock.domain.StockMovement;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.stock.StockWorld.ADMIN;
import static org.vaxline.stock.StockWorld.HANOI_CDC;
import static org.vaxline.stock.StockWorld.HANOI_COMMUNE;
import static org.vaxline.stock.StockWorld.NIHE;

/**
 * The stock movement commands take today from the programme's clock, not the host's: at 03:00 on 2021-10-02 in Hà Nội,
 * with the host in Los Angeles (still 2021-10-01), a movement without --date happens on 2021-10-02. The override
 * options reach the ledger.
 */
class StockCommandDatesTest {
    @TempDir
    Path tempDir;
    private StockWorld world;

    @AfterEach
    void close() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void withoutADateAMovementHappensTodayInTheProgrammesZoneAndOverrideReasonsAreRecorded() {
        TimeZone host = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            world = new StockWorld(Dialect.SQLITE, tempDir,
                    Clock.fixed(Instant.parse("2021-10-01T20:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
            UUID early = world.releasedLot("EARLY", "2021-12-01");
            UUID late = world.releasedLot("LATE", "2022-03-01");
            world.receive(HANOI_CDC, early, 100);
            world.receive(HANOI_CDC, late, 100);
            world.receive(NIHE, late, 100);

            String adjusted = run("adjust", "--facility", "CDC-01", "--lot", "LATE", "--quantity", "5", "--reason", "stock count");
            assertThat(adjusted).contains("on 2021-10-02");
            run("issue", "--facility", "CDC-01", "--lot", "LATE", "--quantity", "3", "--fefo-override-reason", "EARLY is reserved");
            run("transfer", "--from", "RI-NIHE", "--to", "COMMUNE-01-1", "--lot", "LATE", "--quantity", "20",
                    "--hierarchy-override-reason", "the CDC's truck broke down");

            List<StockMovement> ledger = world.app.stock().queries().ledger(
                    new org.vaxline.stock.store.StockLedger.LedgerFilter(null, late, LocalDate.parse("2021-10-02"), null), null, 100).items();
            assertThat(ledger).hasSize(3).allSatisfy(m -> assertThat(m.occurredOn()).isEqualTo(LocalDate.parse("2021-10-02")));
            assertThat(ledger.get(1).fefoOverrideReason()).isEqualTo("EARLY is reserved");
            assertThat(ledger.get(2).hierarchyOverrideReason()).isEqualTo("the CDC's truck broke down");
            assertThat(world.app.stock().queries().inTransit(HANOI_COMMUNE)).hasSize(1);
        } finally {
            TimeZone.setDefault(host);
        }
    }

    private String run(String... args) {
        CommandLine cli = new CommandLine(new StockCommand(() -> world.app.stock(), () -> ADMIN,
                world.app.facilities().facilities()::idOf,
                reference -> world.app.lots().queries().resolve(reference, null).id(),
                code -> world.app.lots().queries().productIdByCode(code)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }
}
