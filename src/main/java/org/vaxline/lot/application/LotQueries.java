package org.vaxline.lot.application;

import org.vaxline.lot.domain.Lot;
import org.vaxline.lot.domain.LotError;
import org.vaxline.lot.domain.LotState;
import org.vaxline.lot.domain.LotStatus;
import org.vaxline.lot.domain.ShelfLifeDecision;
import org.vaxline.lot.store.DecisionLedger;
import org.vaxline.lot.store.HoldLedger;
import org.vaxline.lot.store.LotStateProjection;
import org.vaxline.lot.store.LotStore;
import org.vaxline.lot.store.ShelfLifeLedger;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.http.Page;
import org.vaxline.platform.store.Store;

import java.util.List;
import java.util.UUID;

/** Reads lots, their history and the shelf-life decisions of a product. */
public final class LotQueries {
    private final Store store;
    private final LotReferences references;
    private final LotStore lots;
    private final DecisionLedger decisions;
    private final HoldLedger holds;
    private final ShelfLifeLedger shelfLife;
    private final LotStateProjection states;

    public LotQueries(Store store, LotReferences references, LotStore lots, DecisionLedger decisions, HoldLedger holds,
                      ShelfLifeLedger shelfLife, LotStateProjection states) {
        this.store = store;
        this.references = references;
        this.lots = lots;
        this.decisions = decisions;
        this.holds = holds;
        this.shelfLife = shelfLife;
        this.states = states;
    }

    public Page<LotState> page(UUID productId, LotStatus status, UUID after, int limit) {
        return store.read(h -> Page.of(states.page(h, productId, status, after, limit + 1), limit, s -> s.lotId().toString()));
    }

    public LotDetail detail(UUID lotId) {
        return store.read(h -> {
            Lot lot = lots.find(h, lotId).orElseThrow(() -> VaxlineException.notFound("lot", lotId));
            return new LotDetail(lot, states.find(h, lotId).orElseThrow(), decisions.ofLot(h, lotId).orElse(null),
                    holds.ofLot(h, lotId));
        });
    }

    public Page<ShelfLifeDecision> shelfLifeDecisions(UUID productId, UUID after, int limit) {
        references.product(productId).orElseThrow(() -> VaxlineException.notFound("product", productId));
        return store.read(h -> Page.of(shelfLife.page(h, productId, after, limit + 1), limit, d -> d.id().toString()));
    }

    /**
     * A lot named as people name it: its id, or its number (with the product's code when several products use it).
     */
    public Lot resolve(String idOrNumber, String productCode) {
        UUID productId = productCode == null ? null : references.productByCode(productCode)
                .orElseThrow(() -> VaxlineException.notFound("product", productCode)).id();
        return store.read(h -> {
            UUID id = asUuid(idOrNumber);
            if (id != null) {
                return lots.find(h, id).orElseThrow(() -> VaxlineException.notFound("lot", idOrNumber));
            }
            if (productId != null) {
                return lots.byNumber(h, productId, idOrNumber)
                        .orElseThrow(() -> VaxlineException.notFound("lot", idOrNumber + " of product " + productCode));
            }
            List<Lot> found = lots.byNumber(h, idOrNumber);
            if (found.isEmpty()) {
                throw VaxlineException.notFound("lot", idOrNumber);
            }
            if (found.size() > 1) {
                throw new VaxlineException(LotError.LOT_AMBIGUOUS, "lot number " + idOrNumber + " is used by "
                        + found.size() + " products: name one with --product CODE");
            }
            return found.get(0);
        });
    }

    public UUID productIdByCode(String code) {
        return references.productByCode(code).orElseThrow(() -> VaxlineException.notFound("product", code)).id();
    }

    private static UUID asUuid(String text) {
        try {
            return text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
