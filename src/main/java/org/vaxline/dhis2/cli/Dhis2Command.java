package org.vaxline.dhis2.cli;

import org.vaxline.dhis2.Dhis2Module;
import org.vaxline.dhis2.application.AdxWriter;
import org.vaxline.dhis2.application.DataValueSetJson;
import org.vaxline.dhis2.application.MappingFile;
import org.vaxline.dhis2.domain.DataValueSet;
import org.vaxline.dhis2.domain.Dhis2Mapping;
import org.vaxline.platform.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/** {@code vaxline dhis2 export}: a period's figures as a DHIS2 data value set (JSON or ADX XML). */
@Command(name = "dhis2", mixinStandardHelpOptions = true, description = "Figures for a ministry's DHIS2.",
        subcommands = Dhis2Command.Export.class)
public final class Dhis2Command implements Runnable {
    final Supplier<Dhis2Module> module;

    @Spec
    CommandSpec spec;

    public Dhis2Command(Supplier<Dhis2Module> module) {
        this.module = module;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Coverage, doses given, stock on hand and wastage per province for one period as a DHIS2 dataValueSet.")
    static final class Export implements Runnable {
        @picocli.CommandLine.ParentCommand
        Dhis2Command parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--period", required = true, description = "20210924 (day), 2021W40 (ISO week), 202109 (month), 2021Q3, 2021.")
        String period;

        @Option(names = "--out", paramLabel = "FILE", description = "Write here (replaced whole, never half-written); default: standard output.")
        Path out;

        @Option(names = "--format", defaultValue = "json", description = "json (dataValueSet) or adx (ADX XML); default: ${DEFAULT-VALUE}.")
        String format;

        @Option(names = "--mapping", paramLabel = "FILE", description = "Metrics and provinces → the ministry's UIDs (JSON); default: the shipped example.")
        Path mapping;

        @Override
        public void run() {
            if (!format.equals("json") && !format.equals("adx")) {
                throw org.vaxline.platform.error.VaxlineException.field(org.vaxline.platform.error.PlatformError.MALFORMED_REQUEST,
                        "format", "one of json, adx");
            }
            Dhis2Mapping map = mapping == null ? MappingFile.defaultMapping() : MappingFile.read(mapping);
            DataValueSet set = parent.module.get().export().export(period, map);
            byte[] bytes = render(set, parent.module.get().clock());
            if (out == null) {
                spec.commandLine().getOut().print(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
                return;
            }
            try {
                Path absolute = out.toAbsolutePath();
                Path temp = Files.createTempFile(absolute.getParent(), ".dhis2-", ".tmp");
                Files.write(temp, bytes);
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
            }
            spec.commandLine().getOut().println(set.dataValues().size() + " data values for " + set.period() + " written to " + out);
            spec.commandLine().getOut().flush();
        }

        private byte[] render(DataValueSet set, java.time.Clock clock) {
            if (format.equals("adx")) {
                ByteArrayOutputStream xml = new ByteArrayOutputStream();
                AdxWriter.write(set, clock.instant(), xml);
                return xml.toByteArray();
            }
            try {
                return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(DataValueSetJson.of(set));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
