package org.vaxline.aefi.cli;

import org.vaxline.aefi.application.AefiRequest;
import org.vaxline.aefi.domain.AefiCase;
import org.vaxline.aefi.domain.AefiOutcome;
import org.vaxline.aefi.domain.Causality;
import org.vaxline.aefi.domain.SeriousCriterion;
import org.vaxline.aefi.domain.Seriousness;
import org.vaxline.platform.id.Recorded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports an adverse event after a recorded dose; prints the report.")
final class AefiReportCommand implements Runnable {
    @ParentCommand
    AefiCommand parent;

    @Option(names = "--dose", required = true, paramLabel = "DOSE_ID", description = "The dose's id.")
    UUID dose;

    @Option(names = "--onset", required = true, paramLabel = "INSTANT", description = "When it began, e.g. 2021-10-01T18:00:00+07:00.")
    Instant onset;

    @Option(names = "--seriousness", required = true, paramLabel = "S", description = "NON_SERIOUS or SERIOUS.")
    Seriousness seriousness;

    @Option(names = "--criterion", paramLabel = "C", split = ",",
            description = "WHO serious criteria (required when SERIOUS): ${COMPLETION-CANDIDATES}.")
    List<SeriousCriterion> criteria = List.of();

    @Option(names = "--classification", paramLabel = "C", description = "WHO causality (default PENDING): ${COMPLETION-CANDIDATES}.")
    Causality classification;

    @Option(names = "--outcome", required = true, paramLabel = "O", description = "${COMPLETION-CANDIDATES}.")
    AefiOutcome outcome;

    @Option(names = "--description", required = true, paramLabel = "TEXT", description = "What happened.")
    String description;

    @Option(names = "--id", description = "The report's id (a UUID); give it to make a re-run harmless.")
    UUID id;

    @Override
    public void run() {
        Recorded<AefiCase> recorded = parent.module().reportAefi().report(parent.actor(),
                new AefiRequest(id, dose, onset, seriousness, criteria, classification, outcome, description));
        AefiPrinter.printCase(parent.out(), recorded.value(), recorded.isNew() ? "reported " : "already reported: ");
    }
}
