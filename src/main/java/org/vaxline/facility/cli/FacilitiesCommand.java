package org.vaxline.facility.cli;

import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.facility.domain.FacilityFilter;
import org.vaxline.facility.domain.FacilityType;
import org.vaxline.platform.cli.CliOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** {@code facilities list [--province CODE] [--type T]}: the cold-chain hierarchy. */
@Command(name = "facilities", description = "Facilities from the national store down to vaccination sites (master data).")
public final class FacilitiesCommand {
    private FacilitiesCommand() {
    }

    /** The {@code facilities} command group, to add with {@code commandLine.addSubcommand(…)}. */
    public static CommandLine commandLine(Supplier<Facilities> facilities) {
        return new CommandLine(new FacilitiesCommand()).addSubcommand(new ListFacilities(facilities));
    }

    @Command(name = "list", description = "List facilities, optionally of one province or one type.")
    static final class ListFacilities implements Runnable {
        private static final int PAGE = 1000;
        private final Supplier<Facilities> facilities;
        @Spec
        CommandSpec spec;
        @Option(names = "--province", paramLabel = "CODE", description = "Only facilities in this province (e.g. 01).")
        String province;
        @Option(names = "--type", paramLabel = "T", description = "Only this type: ${COMPLETION-CANDIDATES}.")
        FacilityType type;
        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        ListFacilities(Supplier<Facilities> facilities) {
            this.facilities = facilities;
        }

        @Override
        public void run() {
            FacilityFilter filter = new FacilityFilter(province, type, null);
            List<Facility> all = new ArrayList<>();
            List<Facility> page;
            String after = null;
            do {
                page = facilities.get().list(filter, after, PAGE);
                all.addAll(page);
                after = page.isEmpty() ? null : page.get(page.size() - 1).code();
            } while (page.size() == PAGE);
            if (json) {
                CliOutput.json(spec.commandLine().getOut(), all);
                return;
            }
            CliOutput.table(spec.commandLine().getOut(), List.of("CODE", "TYPE", "PROVINCE", "NAME", "ID"),
                    all.stream().map(f -> List.of(f.code(), f.type().name(), Objects.toString(f.provinceCode(), "-"),
                            f.name(), f.id().toString())).toList());
        }
    }
}
