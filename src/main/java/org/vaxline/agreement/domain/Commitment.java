package org.vaxline.agreement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one party promised within an agreement: a quantity of a product or commodity by a due date,
 * or, for a technology transfer, a list of milestones (then {@code quantity} is null; {@code item} may name the product).
 */
public record Commitment(UUID id, AgreementKind kind, CommittedItem item, Quantity quantity, LocalDate dueDate,
                         List<Milestone> milestones) {
    public Commitment {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    public boolean isMilestones() {
        return kind == AgreementKind.TECHNOLOGY_TRANSFER;
    }
}
