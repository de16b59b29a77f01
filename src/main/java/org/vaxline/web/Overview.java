package org.vaxline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.vaxline.agreement.application.AgreementQueries;
import org.vaxline.agreement.application.AgreementReport;
import org.vaxline.agreement.domain.DeliveryEntry;
import org.vaxline.agreement.domain.EntryType;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.json.Json;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.shipment.application.ReceivedShipment;
import org.vaxline.shipment.application.ShipmentQueries;
import org.vaxline.shipment.domain.ShipmentLot;
import org.vaxline.stock.application.OnHandReport;
import org.vaxline.stock.application.StockQueries;

import java.math.BigDecimal;
import java.time.Clock;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The programme overview, read through the same application queries as the API (agreements, shipments, stock on hand,
 * doses per lot): for each commitment committed → delivered → released → distributed → administered, the burn-up
 * series of its deliveries, and the technology-transfer milestones.
 */
final class Overview {
    private static final int PAGE = 500;

    private final AgreementQueries agreements;
    private final ShipmentQueries shipments;
    private final StockQueries stock;
    private final DoseQueries doses;
    private final Clock clock;

    Overview(AgreementQueries agreements, ShipmentQueries shipments, StockQueries stock, DoseQueries doses, Clock clock) {
        this.agreements = agreements;
        this.shipments = shipments;
        this.stock = stock;
        this.doses = doses;
        this.clock = clock;
    }

    /**
     * One commitment of a quantity. Vaccine rows carry the chain past delivery (null for commodities):
     * released = doses of its shipments' lots released by the control laboratory; distributed = doses of those lots
     * that left the store that received them (on hand further down the chain, plus administered); administered =
     * doses given from those lots.
     */
    record Row(UUID agreementId, String agreement, String from, String to, String item, String unit, boolean vaccine,
               BigDecimal committed, BigDecimal delivered, Long released, Long distributed, Long administered,
               BigDecimal percentDelivered, LocalDate dueDate, LocalDate expectedCompletion, String status, String chart) {
    }

    record MilestoneRow(String agreement, String name, LocalDate dueDate, LocalDate doneOn, boolean late) {
    }

    record View(LocalDate today, List<Row> rows, List<MilestoneRow> milestones) {
    }

    View national() {
        LocalDate today = LocalDate.now(clock);
        List<AgreementReport> reports = allAgreements();
        OnHandReport onHand = stock.onHand(null, null, null, null);
        List<Row> rows = new ArrayList<>();
        List<MilestoneRow> milestones = new ArrayList<>();
        for (AgreementReport a : reports) {
            List<ReceivedShipment> received = shipmentsOf(a.id());
            List<DeliveryEntry> ledger = deliveriesOf(a.id());
            for (AgreementReport.CommitmentReport c : a.commitments()) {
                if (!c.milestones().isEmpty()) {
                    c.milestones().forEach(m -> milestones.add(new MilestoneRow(a.title(), m.name(), m.dueDate(), m.doneOn(),
                            m.doneOn() == null ? m.dueDate().isBefore(today) : m.doneOn().isAfter(m.dueDate()))));
                    continue;
                }
                rows.add(row(a, c, received, ledger, onHand));
            }
        }
        milestones.sort(Comparator.comparing(MilestoneRow::dueDate));
        return new View(today, rows, milestones);
    }

    private Row row(AgreementReport a, AgreementReport.CommitmentReport c, List<ReceivedShipment> received,
                    List<DeliveryEntry> ledger, OnHandReport onHand) {
        boolean vaccine = "PRODUCT".equals(c.itemType());
        Long released = null;
        Long distributed = null;
        Long administered = null;
        if (vaccine) {
            long releasedDoses = 0;
            Map<UUID, UUID> receivedAt = new LinkedHashMap<>();
            for (ReceivedShipment s : received) {
                if (!c.id().equals(s.shipment().commitmentId())) {
                    continue;
                }
                for (ShipmentLot lot : s.shipment().lots()) {
                    receivedAt.put(lot.lotId(), s.shipment().facilityId());
                    if (s.lotStatus().get(lot.lotId()) == LotStatus.RELEASED) {
                        releasedDoses += lot.doses();
                    }
                }
            }
            long given = 0;
            for (UUID lot : receivedAt.keySet()) {
                given += doses.countOfLot(lot);
            }
            long below = onHand.lines().stream()
                    .filter(l -> receivedAt.containsKey(l.lotId()) && !l.facilityId().equals(receivedAt.get(l.lotId())))
                    .mapToLong(OnHandReport.Line::quantity).sum();
            released = releasedDoses;
            administered = given;
            distributed = below + given;
        }
        return new Row(a.id(), a.title(), a.from().name(), a.to().name(), c.itemName(), c.unit(), vaccine, c.committed(),
                c.delivered(), released, distributed, administered, c.percentDelivered(), c.dueDate(),
                c.forecast().expectedCompletion(), c.forecast().status().name(), chart(a, c, ledger));
    }

    /** The burn-up: cumulative deliveries by day, the commitment, its due date and the forecast line. */
    private static String chart(AgreementReport a, AgreementReport.CommitmentReport c, List<DeliveryEntry> ledger) {
        TreeMap<LocalDate, BigDecimal> byDay = new TreeMap<>();
        for (DeliveryEntry e : ledger) {
            if (c.id().equals(e.commitmentId())) {
                BigDecimal amount = e.type() == EntryType.REVERSAL ? e.quantity().amount().negate() : e.quantity().amount();
                byDay.merge(e.deliveredOn(), amount, BigDecimal::add);
            }
        }
        List<List<Object>> points = new ArrayList<>();
        points.add(List.of(a.signedOn().toString(), BigDecimal.ZERO));
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal> day : byDay.entrySet()) {
            total = total.add(day.getValue());
            points.add(List.of(day.getKey().toString(), total));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("signed", a.signedOn().toString());
        data.put("due", c.dueDate() == null ? null : c.dueDate().toString());
        data.put("committed", c.committed());
        data.put("delivered", points);
        LocalDate expected = c.forecast().expectedCompletion();
        if (expected != null && c.delivered().compareTo(c.committed()) < 0) {
            LocalDate last = byDay.isEmpty() ? a.signedOn() : byDay.lastKey();
            // a forecast decades away would squash the deliveries into one edge: the line stops at the chart's
            // horizon (the due date or the last delivery, plus a quarter) at the value the rate reaches there
            LocalDate horizon = (c.dueDate() != null && c.dueDate().isAfter(last) ? c.dueDate() : last).plusDays(90);
            if (expected.isAfter(horizon) && expected.isAfter(last)) {
                BigDecimal perDay = c.committed().subtract(total)
                        .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(last, expected)), 6, RoundingMode.HALF_UP);
                BigDecimal reached = total.add(perDay.multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(last, horizon))))
                        .setScale(0, RoundingMode.HALF_UP);
                data.put("forecast", List.of(List.of(last.toString(), total), List.of(horizon.toString(), reached)));
                data.put("expected", expected.toString());
            } else {
                data.put("forecast", List.of(List.of(last.toString(), total), List.of(expected.toString(), c.committed())));
            }
        }
        try {
            return Json.mapper().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<AgreementReport> allAgreements() {
        List<AgreementReport> all = new ArrayList<>();
        UUID after = null;
        Page<AgreementReport> page;
        do {
            page = agreements.page(after, null, PAGE, null);
            all.addAll(page.items());
            after = page.next() == null ? null : UUID.fromString(page.next());
        } while (after != null);
        return all;
    }

    private List<ReceivedShipment> shipmentsOf(UUID agreementId) {
        List<ReceivedShipment> all = new ArrayList<>();
        UUID after = null;
        Page<ReceivedShipment> page;
        do {
            page = shipments.page(agreementId, after, PAGE);
            all.addAll(page.items());
            after = page.next() == null ? null : UUID.fromString(page.next());
        } while (after != null);
        return all;
    }

    private List<DeliveryEntry> deliveriesOf(UUID agreementId) {
        List<DeliveryEntry> all = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        UUID after = null;
        Page<DeliveryEntry> page;
        do {
            page = agreements.deliveries(agreementId, after, PAGE);
            page.items().stream().filter(e -> seen.add(e.id())).forEach(all::add);
            after = page.next() == null ? null : UUID.fromString(page.next());
        } while (after != null);
        return all;
    }
}
