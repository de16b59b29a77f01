package org.vaxline.coldchain.application;

import org.vaxline.coldchain.domain.Assessment;
import org.vaxline.coldchain.domain.ColdChainError;
import org.vaxline.coldchain.domain.Excursion;
import org.vaxline.coldchain.domain.ExcursionLot;
import org.vaxline.coldchain.domain.ExcursionPolicy;
import org.vaxline.coldchain.store.ExcursionLedger;
import org.vaxline.coldchain.store.ExcursionLotLedger;
import org.vaxline.lot.application.LiftHold;
import org.vaxline.lot.domain.HoldOutcome;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;
import org.vaxline.stock.application.MovementRequest;
import org.vaxline.stock.application.RecordMovement;
import org.vaxline.stock.application.StockQueries;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.WastageReason;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Settles one lot an excursion held: lifts the hold, and for DISCARDED writes the lot's doses there off as
 * temperature wastage, all in one transaction. Who may lift the hold may assess (the lot feature decides).
 * Each lot is assessed once; the same assessment retried finds it.
 */
public final class AssessExcursionLot {
    private final Store store;
    private final Clock clock;
    private final LiftHold liftHold;
    private final RecordMovement recordMovement;
    private final StockAt stock;
    private final ExcursionLedger excursions;
    private final ExcursionLotLedger lots;
    private final ExcursionQueries queries;

    public AssessExcursionLot(Store store, Clock clock, LiftHold liftHold, RecordMovement recordMovement, StockQueries stock,
                              ExcursionLedger excursions, ExcursionLotLedger lots, ExcursionQueries queries) {
        this.store = store;
        this.clock = clock;
        this.liftHold = liftHold;
        this.recordMovement = recordMovement;
        this.stock = new StockAt(stock);
        this.excursions = excursions;
        this.lots = lots;
        this.queries = queries;
    }

    public Recorded<ExcursionReport> assess(Actor actor, UUID excursionId, AssessmentRequest r) {
        ExcursionPolicy.validateAssessment(r.lotId(), r.outcome(), r.note());
        String note = ExcursionPolicy.trimmed(r.note());
        return store.inTransaction(h -> {
            Excursion excursion = excursions.find(h, excursionId).orElseThrow(() -> VaxlineException.notFound("excursion", excursionId));
            ExcursionLot lot = lots.find(h, excursionId, r.lotId()).filter(ExcursionLot::held).orElseThrow(() ->
                    VaxlineException.field(ColdChainError.EXCURSION_LOT_NOT_HELD, "lotId",
                            "lot " + r.lotId() + " was not held by excursion " + excursionId));
            if (lot.assessment() != null) {
                if (!lot.assessment().sameAs(r.outcome(), note)) {
                    throw new VaxlineException(ColdChainError.EXCURSION_LOT_ALREADY_ASSESSED, "lot " + lot.lotNumber()
                            + " was already assessed for excursion " + excursionId + ": " + lot.assessment().outcome()
                            + " by " + lot.assessment().assessedBy() + " at " + lot.assessment().assessedAt());
                }
                return Recorded.existing(queries.report(h, excursion));
            }
            liftHold.lift(actor, lot.lotId(), lot.holdId(), r.outcome(), note);
            long discarded = 0;
            UUID wastage = null;
            if (r.outcome() == HoldOutcome.DISCARDED) {
                discarded = stock.doses(excursion.facilityId(), lot.lotId());
                if (discarded > 0) {
                    wastage = writeOff(actor, excursion, lot, discarded);
                }
            }
            lots.assess(h, excursionId, lot.lotId(), new Assessment(r.outcome(), note, discarded, wastage, clock.instant(), actor.name()));
            return Recorded.created(queries.report(h, excursion));
        });
    }

    /** The doses of the lot still there go out of the ledger as wastage; the request id is fixed by excursion and lot. */
    private UUID writeOff(Actor actor, Excursion excursion, ExcursionLot lot, long doses) {
        UUID requestId = Ids.fromName("excursion:" + excursion.id() + ":lot:" + lot.lotId() + ":wastage");
        recordMovement.record(actor, new MovementRequest(requestId, MovementType.WASTAGE, excursion.facilityId(), lot.lotId(),
                null, doses, LocalDate.now(clock), WastageReason.TEMPERATURE.name(), "excursion " + excursion.id(),
                null, null, null, null));
        return requestId;
    }
}
