package org.vaxline.coldchain.cli;

import org.vaxline.coldchain.ColdChainModule;
import org.vaxline.coldchain.application.ExcursionReport;
import org.vaxline.coldchain.application.ExcursionRequest;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

@Command(name = "excursion", mixinStandardHelpOptions = true,
        description = "Records a temperature excursion at a facility; the lots there whose storage range it broke go on hold. "
                + "Prints the lots held and spared.")
public final class ExcursionCommand extends ColdChainSubcommand {
    private final Function<String, UUID> facilityByIdOrCode;

    @Option(names = "--facility", required = true, paramLabel = "FACILITY", description = "The facility's code or id.")
    String facility;

    @Option(names = "--lowest", required = true, paramLabel = "°C", description = "The lowest temperature reached.")
    double lowest;

    @Option(names = "--highest", required = true, paramLabel = "°C", description = "The highest temperature reached.")
    double highest;

    @Option(names = "--minutes", required = true, paramLabel = "MINUTES", description = "How long it lasted.")
    int minutes;

    @Option(names = "--started", paramLabel = "INSTANT",
            description = "When it began, e.g. 2021-10-01T06:00:00Z (default: --minutes ago; give it with --id to make a re-run harmless).")
    Instant started;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Option(names = "--id", description = "The excursion's id (a UUID); give it to make a re-run harmless.")
    UUID id;

    /** @param facilityByIdOrCode a facility code to its id (404 when unknown); an id is taken as it is */
    public ExcursionCommand(Supplier<ColdChainModule> module, Supplier<Actor> actor, Function<String, UUID> facilityByIdOrCode) {
        super(module, actor);
        this.facilityByIdOrCode = facilityByIdOrCode;
    }

    @Override
    public void run() {
        Instant start = started != null ? started : module().clock().instant().minusSeconds(60L * Math.max(minutes, 0));
        Recorded<ExcursionReport> recorded = module().recordExcursion().record(actor(),
                new ExcursionRequest(id, facilityByIdOrCode.apply(facility), null, start, minutes, lowest, highest, note));
        ExcursionPrinter.print(out(), recorded.value(), recorded.isNew());
    }

}
