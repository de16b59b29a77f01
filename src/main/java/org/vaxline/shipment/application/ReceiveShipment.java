package org.vaxline.shipment.application;

import org.vaxline.agreement.application.AgreementQueries;
import org.vaxline.agreement.application.AgreementReport;
import org.vaxline.agreement.application.RecordDelivery;
import org.vaxline.agreement.domain.NewDelivery;
import org.vaxline.agreement.domain.Quantity;
import org.vaxline.catalog.application.Catalog;
import org.vaxline.catalog.domain.Product;
import org.vaxline.facility.application.Facilities;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Idempotent;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;
import org.vaxline.shipment.domain.NewShipment;
import org.vaxline.shipment.domain.Shipment;
import org.vaxline.shipment.domain.ShipmentError;
import org.vaxline.shipment.domain.ShipmentIds;
import org.vaxline.shipment.domain.ShipmentLine;
import org.vaxline.shipment.domain.ShipmentLot;
import org.vaxline.shipment.domain.ShipmentRules;
import org.vaxline.shipment.domain.ShipmentRules.ProductFacts;
import org.vaxline.shipment.store.ShipmentStore;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.application.RecordMovement;
import org.vaxline.stock.domain.MovementType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Receives a shipment at a store against a commitment, all or nothing in one transaction: its lots are registered
 * (quarantined) or found, one delivery of the total doses moves the commitment, one stock receipt per lot puts the
 * doses on hand, and the shipment is stored. A retry with the same id and content finds it and records nothing more.
 */
public final class ReceiveShipment {
    private final Store store;
    private final Clock clock;
    private final Catalog catalog;
    private final Facilities facilities;
    private final AgreementQueries agreements;
    private final RecordDelivery recordDelivery;
    private final ShipmentLots lots;
    private final RecordMovement recordMovement;
    private final ShipmentStore shipments;

    public ReceiveShipment(Store store, Clock clock, Catalog catalog, Facilities facilities, AgreementQueries agreements,
                           RecordDelivery recordDelivery, ShipmentLots lots, RecordMovement recordMovement,
                           ShipmentStore shipments) {
        this.store = store;
        this.clock = clock;
        this.catalog = catalog;
        this.facilities = facilities;
        this.agreements = agreements;
        this.recordDelivery = recordDelivery;
        this.lots = lots;
        this.recordMovement = recordMovement;
        this.shipments = shipments;
    }

    public Recorded<Shipment> receive(Actor actor, NewShipment request) {
        actor.requireNational("receive a shipment against an agreement");
        NewShipment r = request.id() == null ? request.withId(Ids.newId()) : request;
        AgreementReport agreement = agreement(r.agreementId());
        requireFacility(r.facilityId());
        AgreementReport.CommitmentReport commitment = ReceivingCommitment.choose(agreement, r.commitmentId());
        Product product = catalog.product(commitment.itemId())
                .orElseThrow(() -> VaxlineException.notFound("product", commitment.itemId()));
        ProductFacts facts = new ProductFacts(product.code(), product.dosesPerVial(), product.gtins());
        List<ShipmentLine> lines = ShipmentRules.lines(r, facts, LocalDate.now(clock));
        return store.inTransaction(h -> {
            Shipment attempted = shipment(actor, r, commitment.id(), lines, null);
            Optional<Shipment> stored = shipments.find(h, r.id());
            if (stored.isPresent()) {
                return sameOrConflict(stored.get(), attempted);
            }
            try {
                List<UUID> lotIds = lots.lotsOf(actor, product.id(), facts, lines);
                Shipment shipment = shipment(actor, r, commitment.id(), lines, lotIds);
                deliver(actor, shipment);
                for (ShipmentLot lot : shipment.lots()) {
                    receipt(actor, shipment, lot);
                }
                shipments.insert(h, shipment);
                return Recorded.created(shipment);
            } catch (VaxlineException refused) {
                return committedMeanwhile(h, r.id(), attempted).orElseThrow(() -> refused);
            }
        });
    }

    /**
     * On PostgreSQL each statement sees what committed before it: a parallel retry of this shipment that committed after
     * the first look makes its lot numbers taken (or its delivery too much), so a refusal is first checked against it.
     */
    private Optional<Recorded<Shipment>> committedMeanwhile(org.jdbi.v3.core.Handle h, UUID id, Shipment attempted) {
        Optional<Shipment> stored;
        try {
            stored = shipments.find(h, id);
        } catch (RuntimeException unreadable) {
            return Optional.empty(); // the refusal stands
        }
        return stored.map(s -> sameOrConflict(s, attempted));
    }

    private AgreementReport agreement(UUID agreementId) {
        if (agreementId == null) {
            throw VaxlineException.field(ShipmentError.SHIPMENT_INVALID, "agreementId", "is required");
        }
        try {
            return agreements.report(agreementId, null);
        } catch (VaxlineException e) {
            throw e.code() == PlatformError.NOT_FOUND ? missing("agreementId", "agreement", agreementId) : e;
        }
    }

    private void requireFacility(UUID facilityId) {
        if (facilityId == null) {
            throw VaxlineException.field(ShipmentError.SHIPMENT_INVALID, "facilityId",
                    "is required (the store that received it)");
        }
        facilities.find(facilityId).orElseThrow(() -> missing("facilityId", "facility", facilityId));
    }

    /** A reference in the body to nothing is a fault of the request (422 naming the field), not a missing endpoint. */
    private static VaxlineException missing(String field, String what, UUID id) {
        return VaxlineException.field(ShipmentError.SHIPMENT_INVALID, field, "no " + what + " " + id);
    }

    private Shipment shipment(Actor actor, NewShipment r, UUID commitmentId, List<ShipmentLine> lines, List<UUID> lotIds) {
        List<ShipmentLot> lots = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            ShipmentLine l = lines.get(i);
            lots.add(new ShipmentLot(i, lotIds == null ? null : lotIds.get(i), l.lotNumber(), l.gtin(), l.manufacturedOn(),
                    l.expiresOn(), l.doses(), l.vials(), ShipmentIds.stockReceipt(r.id(), i)));
            total = Math.addExact(total, l.doses());
        }
        return new Shipment(r.id(), r.agreementId(), commitmentId, r.facilityId(), r.arrivedOn(), r.reference().trim(),
                r.isOverDelivery(), total, ShipmentIds.delivery(r.id()), lots, clock.instant(), actor.name());
    }

    private static Recorded<Shipment> sameOrConflict(Shipment stored, Shipment attempted) {
        return Idempotent.retry("shipment", stored.id(), stored, stored.sameContentAs(attempted));
    }

    /** One delivery of the shipment's total doses; the agreement's refusal (e.g. beyond the commitment) names the shipment's fields. */
    private void deliver(Actor actor, Shipment s) {
        NewDelivery delivery = new NewDelivery(s.deliveryId(), s.commitmentId(), BigDecimal.valueOf(s.totalDoses()),
                Quantity.DOSES, s.arrivedOn(), s.reference(), s.overDelivery());
        try {
            recordDelivery.record(actor, s.agreementId(), delivery);
        } catch (VaxlineException e) {
            throw Faults.relabel(e, field -> switch (field) {
                case "quantity", "unit" -> "lots";
                case "deliveredOn" -> "arrivedOn";
                default -> field;
            });
        }
    }

    private void receipt(Actor actor, Shipment s, ShipmentLot lot) {
        MovementRequest receipt = new MovementRequest(lot.stockRequestId(), MovementType.RECEIPT, s.facilityId(), lot.lotId(),
                null, lot.doses(), s.arrivedOn(), null, s.reference(), null, null, null, null);
        String at = "lots[" + lot.line() + "]";
        try {
            recordMovement.record(actor, receipt);
        } catch (VaxlineException e) {
            throw Faults.relabel(e, field -> switch (field) {
                case "quantity" -> at + ".doses";
                case "lotId" -> at;
                case "occurredOn" -> "arrivedOn";
                default -> field;
            });
        }
    }
}
