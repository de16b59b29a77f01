package org.vaxline.lot;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.Store;
import org.vaxline.testing.TestStores;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The lot subcommands under a parent, as the composition root adds them to {@code vaxline stock}. */
class LotCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-03-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tempDir;
    private Store store;

    @Command(name = "stock")
    static final class Parent implements Runnable {
        @Override
        public void run() {
        }
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private String run(LotModule module, String... args) {
        CommandLine cli = new CommandLine(new Parent());
        LotModule.commands(() -> module, () -> LotFixtures.ADMIN).forEach(cli::addSubcommand);
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute(args)).as(String.join(" ", args)).isZero();
        return out.toString();
    }

    @Test
    void releasesHoldsAndListsByLotNumber() {
        store = TestStores.open(Dialect.SQLITE, tempDir);
        LotModule module = new LotModule(store, CLOCK, new LotFixtures());
        UUID id = Ids.newId();
        module.registerLots().register(LotFixtures.ADMIN, List.of(LotFixtures.abdala(id, "A2101")));

        assertThat(run(module, "release", "A2101", "--certificate", "NICVB-1", "--date", "2021-09-20")).contains("released lot A2101");
        String hold = run(module, "hold", "A2101", "--product", "ABDALA", "--reason", "recall");
        assertThat(hold).contains("everywhere");
        String holdId = hold.split(" ")[1];
        assertThat(run(module, "lift-hold", holdId, "--outcome", "RELEASED", "--note", "cleared")).contains("lifted hold");
        assertThat(run(module, "extend-shelf-life", "ABDALA", "--months", "9", "--decided", "2022-02-23",
                "--authority", "Drug Administration of Viet Nam", "--reference", "DAV")).contains("recorded shelf-life decision");
        assertThat(run(module, "lots", "--product", "ABDALA", "--status", "RELEASED")).contains("A2101").contains("2022-05-01");
    }
}
