package org.vaxline.agreement.application;

import org.vaxline.agreement.domain.AgreementKind;
import org.vaxline.agreement.domain.DeliveryStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An agreement as people read it: the parties by name, and each commitment's progress and forecast on one day. */
public record AgreementReport(UUID id, String title, Party from, Party to, LocalDate signedOn, AgreementKind kind,
                              String reference, Instant recordedAt, String recordedBy, LocalDate asOf,
                              List<CommitmentReport> commitments) {

    public record Party(UUID id, String name) {
    }

    public record CommitmentReport(UUID id, AgreementKind kind, String itemType, UUID itemId, String itemName,
                                   LocalDate dueDate, String unit, BigDecimal committed, BigDecimal delivered,
                                   BigDecimal outstanding, BigDecimal percentDelivered, int deliveries,
                                   LocalDate firstDeliveredOn, LocalDate lastDeliveredOn, Forecast forecast,
                                   List<MilestoneReport> milestones) {
    }

    /** At the delivery rate so far: when it completes, and whether its due date is at risk. */
    public record Forecast(BigDecimal ratePerDay, LocalDate expectedCompletion, boolean atRisk, DeliveryStatus status) {
    }

    public record MilestoneReport(UUID id, String name, LocalDate dueDate, LocalDate doneOn) {
    }
}
