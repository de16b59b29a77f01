package org.vaxline.coverage.cli;

import org.vaxline.coverage.CoverageModule;
import org.vaxline.coverage.application.CoverageReport;
import org.vaxline.platform.cli.CliOutput;
import org.vaxline.platform.store.Projection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** {@code vaxline coverage}: people with a first dose, a second, a complete series and a booster. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Coverage by province, commune, priority group, age band or day; --recount checks it against the doses.")
public final class CoverageCommand implements Runnable {
    private final Supplier<CoverageModule> module;

    @Spec
    CommandSpec spec;

    @Option(names = "--by", defaultValue = "province", description = "province, commune, group, age or day (default: ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--series", description = "Only this series, e.g. COVID-19.")
    String series;

    @Option(names = "--province", paramLabel = "CODE")
    String province;

    @Option(names = "--from", paramLabel = "DATE")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE")
    LocalDate to;

    @Option(names = "--recount", description = "Recount from every dose, report whether the figures matched, and repair them.")
    boolean recount;

    @Option(names = "--json")
    boolean json;

    public CoverageCommand(Supplier<CoverageModule> module) {
        this.module = module;
    }

    @Override
    public void run() {
        if (recount) {
            Projection.Rebuilt outcome = module.get().recount();
            spec.commandLine().getOut().println(outcome.matched() ? "coverage matched a full recount of the doses"
                    : "coverage differed from a recount in " + outcome.mismatchesBefore() + " cell(s); rebuilt");
            spec.commandLine().getOut().flush();
            return;
        }
        CoverageReport report = module.get().queries().report(by, series, province, from, to);
        if (json) {
            CliOutput.json(spec.commandLine().getOut(), report);
            return;
        }
        CliOutput.table(spec.commandLine().getOut(), List.of(by.toUpperCase(), "FIRST", "SECOND", "COMPLETE", "BOOSTER", "POPULATION", "% FIRST", "% COMPLETE"),
                report.groups().stream().map(g -> List.of(g.label(), String.valueOf(g.firstDose()), String.valueOf(g.secondDose()),
                        String.valueOf(g.completeSeries()), String.valueOf(g.booster()),
                        g.population() == null ? "-" : String.valueOf(g.population()), plain(g.firstDosePercent()),
                        plain(g.completeSeriesPercent()))).toList());
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
