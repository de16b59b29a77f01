package org.vaxline.coldchain;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.masterdata.demo.DemoMasterData;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.coldchain.ColdChainWorld.HANOI_CDC;

/** The excursion and assess subcommands under a parent, as the composition root adds them to {@code vaxline stock}. */
class ColdChainCommandsTest {
    @TempDir
    Path tempDir;
    private ColdChainWorld world;

    @Command(name = "stock")
    static final class Parent implements Runnable {
        @Override
        public void run() {
        }
    }

    @AfterEach
    void close() {
        if (world != null) {
            world.close();
        }
    }

    private String run(String... args) {
        CommandLine cli = new CommandLine(new Parent());
        ColdChainModule.commands(() -> world.coldChain, () -> ColdChainWorld.ADMIN, world.app.facilities().facilities()::idOf).forEach(cli::addSubcommand);
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute(args)).as(String.join(" ", args)).isZero();
        return out.toString();
    }

    @Test
    void recordsAnExcursionByFacilityCodeAndAssessesALotByNumber() {
        world = new ColdChainWorld(Dialect.SQLITE, tempDir);
        UUID lot = world.releasedLot("A2108", "2022-02-01");
        world.receive(HANOI_CDC, lot, 500);
        UUID id = Ids.newId();

        String recorded = run("excursion", "--facility", "CDC-01", "--lowest", "-2", "--highest", "12", "--minutes", "180",
                "--started", "2021-10-01T05:00:00Z", "--note", "power cut", "--id", id.toString());
        assertThat(recorded).contains("excursion " + id + " at CDC-01: -2…12 °C for 180 min").contains("held: 1")
                .contains("A2108  500  2–8 °C").contains("awaiting assessment").contains("spared: 0");
        assertThat(run("excursion", "--facility", DemoMasterData.facilityId("CDC-01").toString(), "--lowest", "-2", "--highest", "12",
                "--minutes", "180", "--started", "2021-10-01T05:00:00Z", "--note", "power cut", "--id", id.toString()))
                .contains("excursion already recorded");

        assertThat(run("assess", id.toString(), "--lot", "A2108", "--outcome", "DISCARDED", "--note", "frozen"))
                .contains("DISCARDED (500 doses written off)");
        assertThat(world.onHand(HANOI_CDC, lot)).isZero();
    }
}
