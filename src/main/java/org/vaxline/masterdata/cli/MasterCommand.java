package org.vaxline.masterdata.cli;

import org.vaxline.masterdata.application.MasterData;
import org.vaxline.masterdata.application.MasterDocumentJson;
import org.vaxline.masterdata.domain.ImportResult;
import org.vaxline.masterdata.domain.MasterDataError;
import org.vaxline.platform.cli.CliOutput;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** {@code master import FILE} and {@code master export [--out FILE]}. */
@Command(name = "master", description = "Import or export all master data as one JSON document.")
public final class MasterCommand {
    private MasterCommand() {
    }

    /** The {@code master} command group, to add with {@code commandLine.addSubcommand(…)}. */
    public static CommandLine commandLine(Supplier<MasterData> masterData, Supplier<Actor> actor) {
        return new CommandLine(new MasterCommand())
                .addSubcommand(new Import(masterData, actor))
                .addSubcommand(new Export(masterData));
    }

    @Command(name = "import", description = "Validate the whole file, then write all of it or nothing (upsert by id).")
    static final class Import implements Runnable {
        private final Supplier<MasterData> masterData;
        private final Supplier<Actor> actor;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "The JSON document.")
        Path file;

        Import(Supplier<MasterData> masterData, Supplier<Actor> actor) {
            this.masterData = masterData;
            this.actor = actor;
        }

        @Override
        public void run() {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new VaxlineException(MasterDataError.MASTER_DATA_UNREADABLE, "cannot read " + file + ": " + e.getMessage());
            }
            ImportResult result = masterData.get().importJson(actor.get(), text);
            CliOutput.table(spec.commandLine().getOut(), List.of("SECTION", "CREATED", "UPDATED", "UNCHANGED"), List.of(
                    row("partners", result.partners()), row("products", result.products()),
                    row("commodities", result.commodities()), row("provinces", result.provinces()),
                    row("facilities", result.facilities())));
        }

        private static List<String> row(String section, ImportResult.Counts c) {
            return List.of(section, String.valueOf(c.created()), String.valueOf(c.updated()), String.valueOf(c.unchanged()));
        }
    }

    @Command(name = "export", description = "Write all master data as JSON, to stdout or a file.")
    static final class Export implements Runnable {
        private final Supplier<MasterData> masterData;
        @Spec
        CommandSpec spec;
        @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
        Path out;

        Export(Supplier<MasterData> masterData) {
            this.masterData = masterData;
        }

        @Override
        public void run() {
            String json = MasterDocumentJson.write(masterData.get().export());
            if (out == null) {
                spec.commandLine().getOut().println(json);
                spec.commandLine().getOut().flush();
                return;
            }
            try {
                Files.writeString(out, json + System.lineSeparator(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new VaxlineException(MasterDataError.MASTER_DATA_UNREADABLE, "cannot write " + out + ": " + e.getMessage());
            }
        }
    }
}
