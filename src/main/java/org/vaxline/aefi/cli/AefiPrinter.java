package org.vaxline.aefi.cli;

import org.vaxline.aefi.application.AdministeredDoses;
import org.vaxline.aefi.application.RecallReport;
import org.vaxline.aefi.domain.AefiCase;
import org.vaxline.aefi.domain.AefiReport;
import org.vaxline.aefi.domain.Recall;

import java.io.PrintWriter;
import java.util.stream.Collectors;

/** Reports and recalls as lines for people. */
final class AefiPrinter {
    private AefiPrinter() {
    }

    static void printCase(PrintWriter out, AefiCase c, String prefix) {
        out.print(prefix);
        printLine(out, c);
        out.flush();
    }

    static void printLine(PrintWriter out, AefiCase c) {
        AefiReport r = c.report();
        out.println(r.id() + "  dose " + r.doseId() + "  onset " + r.onsetAt() + "  " + r.seriousness()
                + (r.seriousCriteria().isEmpty() ? "" : " (" + r.seriousCriteria().stream().sorted().map(Enum::name)
                .collect(Collectors.joining(", ")) + ")")
                + "  " + c.classification() + "  " + c.outcome() + "  " + r.description());
    }

    static void printRecall(PrintWriter out, RecallReport report, boolean isNew) {
        Recall r = report.recall();
        out.println((isNew ? "recalled lot " : "lot already recalled: ") + report.lotNumber() + " (" + r.lotId() + "): " + r.reason());
        out.println("hold " + r.holdId() + " everywhere, recall " + r.id() + " by " + r.recordedBy() + " at " + r.recordedAt());
        out.println("recipients: " + report.recipients().size() + (report.recipients().isEmpty() ? "" : "  (person, dose, site, given on)"));
        for (AdministeredDoses.Recipient p : report.recipients()) {
            out.println("  " + p.personId() + "  " + p.doseId() + "  " + p.siteId() + "  " + p.givenOn());
        }
        out.println("facilities holding stock: " + r.facilitiesHolding().size()
                + (r.facilitiesHolding().isEmpty() ? "" : "  (facility, province, doses)"));
        for (Recall.HoldingFacility f : r.facilitiesHolding()) {
            out.println("  " + f.facilityCode() + "  " + (f.provinceCode() == null ? "-" : f.provinceCode()) + "  " + f.doses());
        }
        out.flush();
    }
}
