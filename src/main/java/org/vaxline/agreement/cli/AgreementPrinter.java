package org.vaxline.agreement.cli;

import org.vaxline.agreement.application.AgreementReport;
import org.vaxline.platform.cli.CliOutput;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Prints agreements for people: one heading per agreement, one row per commitment. */
final class AgreementPrinter {
    private AgreementPrinter() {
    }

    static void print(PrintWriter out, AgreementReport r) {
        out.println(r.title() + "  [" + r.kind() + "]  id " + r.id());
        out.println("  " + name(r.from()) + " -> " + name(r.to()) + ", signed " + r.signedOn()
                + (r.reference() == null ? "" : ", ref " + r.reference()) + "; as of " + r.asOf());
        List<List<String>> rows = new ArrayList<>();
        for (AgreementReport.CommitmentReport c : r.commitments()) {
            rows.add(List.of("  " + c.id(), c.kind().name(), c.itemName() == null ? "-" : c.itemName(), String.valueOf(c.dueDate()),
                    plain(c.committed()) + " " + c.unit(), plain(c.delivered()), plain(c.outstanding()),
                    plain(c.percentDelivered()) + "%", c.forecast().status().name(),
                    c.forecast().expectedCompletion() == null ? "-" : c.forecast().expectedCompletion().toString()));
        }
        CliOutput.table(out, List.of("  COMMITMENT", "KIND", "ITEM", "DUE", "COMMITTED", "DELIVERED", "OUTSTANDING",
                "DONE", "STATUS", "EXPECTED"), rows);
        for (AgreementReport.CommitmentReport c : r.commitments()) {
            for (AgreementReport.MilestoneReport m : c.milestones()) {
                out.println("    milestone " + m.id() + "  " + m.name() + "  due " + m.dueDate()
                        + (m.doneOn() == null ? "  not done" : "  done " + m.doneOn()));
            }
        }
        out.flush();
    }

    private static String name(AgreementReport.Party p) {
        return p.name() == null ? p.id().toString() : p.name();
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
