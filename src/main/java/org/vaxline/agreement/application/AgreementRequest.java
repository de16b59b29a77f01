package org.vaxline.agreement.application;

import org.vaxline.agreement.domain.AgreementKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A new agreement as a client sends it; ids are the client's choice so that a retry is harmless. */
public record AgreementRequest(UUID id, String title, UUID fromPartnerId, UUID toPartnerId, LocalDate signedOn,
                               AgreementKind kind, String reference, List<CommitmentRequest> commitments) {

    /** One commitment: a productId or a commodityId with a quantity, or for a technology transfer, milestones. */
    public record CommitmentRequest(UUID id, AgreementKind kind, UUID productId, UUID commodityId, BigDecimal quantity,
                                    String unit, LocalDate dueDate, List<MilestoneRequest> milestones) {
    }

    public record MilestoneRequest(UUID id, String name, LocalDate dueDate) {
    }
}
