package org.vaxline.agreement;

import org.vaxline.agreement.application.AgreementRequest;
import org.vaxline.agreement.application.AgreementRequest.CommitmentRequest;
import org.vaxline.agreement.application.AgreementRequest.MilestoneRequest;
import org.vaxline.agreement.domain.AgreementKind;
import org.vaxline.agreement.domain.NewDelivery;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.security.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builders for agreement test data, so each test states only what it is about. */
public final class AgreementFixtures {
    public static final Actor ADMIN = new Actor("nat.admin", Role.NATIONAL_ADMIN, null, null);
    public static final Actor AUDITOR = new Actor("auditor", Role.AUDITOR, null, null);

    private AgreementFixtures() {
    }

    /** Cuba commits 10,000,000 doses of Abdala by 2021-12-31, signed 2021-09-17. */
    public static AgreementRequest abdalaPurchase(UUID id, UUID commitmentId, long doses) {
        return new AgreementRequest(id, "Abdala supply", FixedReferences.CUBA, FixedReferences.VIETNAM,
                LocalDate.parse("2021-09-17"), AgreementKind.PURCHASE, "contract 1",
                List.of(new CommitmentRequest(commitmentId, null, FixedReferences.ABDALA, null, BigDecimal.valueOf(doses),
                        null, LocalDate.parse("2021-12-31"), null)));
    }

    public static AgreementRequest technologyTransfer(UUID id, UUID milestoneA, UUID milestoneB) {
        return new AgreementRequest(id, "Abdala technology transfer", FixedReferences.CUBA, FixedReferences.VIETNAM,
                LocalDate.parse("2021-09-17"), AgreementKind.TECHNOLOGY_TRANSFER, null,
                List.of(new CommitmentRequest(Ids.newId(), null, FixedReferences.ABDALA, null, null, null,
                        LocalDate.parse("2022-12-31"), List.of(
                        new MilestoneRequest(milestoneA, "Technology package handed over", LocalDate.parse("2021-12-31")),
                        new MilestoneRequest(milestoneB, "First local batch filled", LocalDate.parse("2022-12-31"))))));
    }

    public static NewDelivery delivery(UUID id, UUID commitmentId, long doses, String on) {
        return new NewDelivery(id, commitmentId, BigDecimal.valueOf(doses), null, LocalDate.parse(on), "ref", false);
    }
}
