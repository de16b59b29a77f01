package org.vaxline.agreement.cli;

import org.vaxline.platform.id.Recorded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.time.LocalDate;
import java.util.UUID;

@Command(name = "complete-milestone", mixinStandardHelpOptions = true, description = "Records that a technology-transfer milestone was reached.")
final class AgreementsCompleteMilestone implements Runnable {
    @ParentCommand
    AgreementsCommand parent;

    @Parameters(index = "0", paramLabel = "AGREEMENT_ID")
    UUID agreementId;

    @Parameters(index = "1", paramLabel = "MILESTONE_ID")
    UUID milestoneId;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "The day it was reached.")
    LocalDate date;

    @Override
    public void run() {
        Recorded<LocalDate> recorded = parent.module().completeMilestone().complete(parent.actor(), agreementId, milestoneId, date);
        parent.out().println((recorded.isNew() ? "milestone " + milestoneId + " completed on " : "milestone already completed on ")
                + recorded.value());
        parent.out().flush();
    }
}
