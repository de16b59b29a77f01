package org.vaxline.aefi.domain;

import java.util.List;

/** A report with its follow-ups in the order they were written; its current state is the report updated by each in turn. */
public record AefiCase(AefiReport report, List<Followup> followups) {
    public AefiCase {
        followups = List.copyOf(followups);
    }

    public Causality classification() {
        Causality current = report.classification();
        for (Followup f : followups) {
            current = f.classification() == null ? current : f.classification();
        }
        return current;
    }

    public AefiOutcome outcome() {
        AefiOutcome current = report.outcome();
        for (Followup f : followups) {
            current = f.outcome() == null ? current : f.outcome();
        }
        return current;
    }
}
