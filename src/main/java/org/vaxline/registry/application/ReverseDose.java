package org.vaxline.registry.application;

import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.person.application.PersonDirectory;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.event.EventBus;
import org.vaxline.platform.id.Idempotent;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.domain.Dose;
import org.vaxline.registry.domain.DoseReversal;
import org.vaxline.registry.domain.DoseReversed;
import org.vaxline.registry.domain.RegistryError;
import org.vaxline.registry.store.DoseLedger;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.application.RecordMovement;
import org.vaxline.stock.application.StockQueries;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockMovement;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reverses a dose recorded in error (the wrong person, the wrong lot) with an entry of its own, at most once: the dose it
 * took returns to the site's stock by a reversal in the stock ledger, and {@link DoseReversed} moves the schedule and
 * coverage back, all in one transaction. The right dose is then recorded as a new one. A retry is answered once more.
 */
public final class ReverseDose {
    private final Store store;
    private final Clock clock;
    private final Facilities facilities;
    private final PersonDirectory persons;
    private final RecordMovement stock;
    private final StockQueries stockQueries;
    private final DoseLedger ledger;
    private final EventBus events;

    public ReverseDose(Store store, Clock clock, Facilities facilities, PersonDirectory persons, RecordMovement stock,
                       StockQueries stockQueries, DoseLedger ledger, EventBus events) {
        this.store = store;
        this.clock = clock;
        this.facilities = facilities;
        this.persons = persons;
        this.stock = stock;
        this.stockQueries = stockQueries;
        this.ledger = ledger;
        this.events = events;
    }

    /** The stock request that returns a reversed dose: derived from the reversal's id, so a retry returns it once. */
    public static UUID stockRequestId(UUID reversalId) {
        return Ids.fromName("dose-reversal:" + reversalId);
    }

    /** @param reversalId chosen by the client so a retry is harmless (null: the server picks) */
    public Recorded<DoseReversal> reverse(Actor actor, UUID reversalId, UUID doseId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw VaxlineException.field(RegistryError.DOSE_REVERSAL_INVALID, "reason", "is required: say what was wrong");
        }
        String why = reason.strip();
        UUID id = reversalId == null ? Ids.newId() : reversalId;
        return store.inTransaction(h -> {
            var existing = ledger.findReversal(h, id);
            if (existing.isPresent()) {
                return Idempotent.retry("dose reversal", id, existing.get(), existing.get().sameRequestAs(doseId, why));
            }
            Dose dose = ledger.find(h, doseId).orElseThrow(() -> VaxlineException.notFound("dose", doseId));
            if (dose.historical()) {
                // no site of ours: those who may write in the province it was recorded for
                actor.requireWriteAt(null, dose.provinceCode(), "reverse a historical dose");
            } else {
                Facility site = facilities.find(dose.siteId()).orElseThrow(() -> VaxlineException.notFound("site", dose.siteId()));
                actor.requireWriteAt(site.id(), site.provinceCode(), "reverse a dose");
            }
            UUID person = persons.lockSurvivor(dose.personId());
            var earlier = ledger.reversalOf(h, doseId);
            if (earlier.isPresent()) {
                throw new VaxlineException(RegistryError.DOSE_ALREADY_REVERSED, "dose " + doseId + " was already reversed by "
                        + earlier.get().id() + " (" + earlier.get().reason() + ")", Map.of(),
                        Map.of("reversalId", earlier.get().id()));
            }
            UUID stockRequest = null;
            if (!dose.historical()) { // a historical dose took nothing from our stock, so nothing goes back
                List<StockMovement> issue = stockQueries.request(dose.stockRequestId());
                stockRequest = stockRequestId(id);
                stock.record(actor, new MovementRequest(stockRequest, MovementType.REVERSAL, null, null, null, null, dose.givenOn(),
                        "dose " + doseId + " reversed: " + why, null, null, null, null, issue.get(0).id()));
            }
            DoseReversal reversal = new DoseReversal(id, doseId, why, stockRequest, dose.provinceCode(), clock.instant(),
                    actor.name());
            ledger.appendReversal(h, reversal);
            List<Dose> left = ledger.inSeries(h, persons.allIdsOf(person), dose.seriesCode());
            events.publish(new DoseReversed(dose, reversal, person, left));
            return Recorded.created(reversal);
        });
    }
}
