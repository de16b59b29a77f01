package org.vaxline.aefi.application;

import org.vaxline.aefi.domain.Recall;

import java.util.List;

/** A recall with what people need to act on it: who received the lot, and where doses of it still were. */
public record RecallReport(Recall recall, String lotNumber, List<AdministeredDoses.Recipient> recipients) {
    public RecallReport {
        recipients = List.copyOf(recipients);
    }
}
