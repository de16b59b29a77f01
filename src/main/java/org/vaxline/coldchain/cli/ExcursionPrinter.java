package org.vaxline.coldchain.cli;

import org.vaxline.coldchain.application.ExcursionReport;
import org.vaxline.coldchain.domain.Excursion;
import org.vaxline.coldchain.domain.ExcursionLot;
import org.vaxline.coldchain.domain.Temperatures;

import java.io.PrintWriter;

/** An excursion as lines for people: what happened, the lots held (with their assessment) and the lots spared. */
final class ExcursionPrinter {
    private ExcursionPrinter() {
    }

    static void print(PrintWriter out, ExcursionReport r, boolean isNew) {
        Excursion e = r.excursion();
        out.println((isNew ? "excursion " : "excursion already recorded: ") + e.id() + " at " + r.facilityCode() + ": "
                + Temperatures.format(e.lowestC()) + "…" + Temperatures.format(e.highestC()) + " °C for "
                + e.durationMinutes() + " min from " + e.startedAt() + (r.open() ? " (open)" : ""));
        out.println("held: " + r.affected().size() + (r.affected().isEmpty() ? "" : "  (lot, doses on hand, storage, hold, assessment)"));
        for (ExcursionLot l : r.affected()) {
            out.println("  " + l.lotNumber() + "  " + l.dosesOnHand() + "  " + l.storage().describe() + "  hold " + l.holdId()
                    + "  " + (l.assessment() == null ? "awaiting assessment" : l.assessment().outcome()
                    + (l.assessment().dosesDiscarded() > 0 ? " (" + l.assessment().dosesDiscarded() + " doses written off)" : "")));
        }
        out.println("spared: " + r.spared().size());
        for (ExcursionLot l : r.spared()) {
            out.println("  " + l.lotNumber() + "  " + l.dosesOnHand() + "  " + l.storage().describe());
        }
        out.flush();
    }
}
