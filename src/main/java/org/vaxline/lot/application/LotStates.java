package org.vaxline.lot.application;

import org.vaxline.lot.domain.LotState;
import org.vaxline.lot.domain.LotUsability;
import org.vaxline.lot.store.LotStateProjection;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.store.Store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers stock and doses from the lot state projection; inside a caller's transaction it reads what that transaction
 * sees. Two indexed reads per question, however many ledger entries a lot has.
 */
public final class LotStates implements LotAvailability {
    private final Store store;
    private final LotStateProjection states;

    public LotStates(Store store, LotStateProjection states) {
        this.store = store;
        this.states = states;
    }

    @Override
    public Optional<LotState> state(UUID lotId) {
        return store.read(h -> states.find(h, lotId));
    }

    @Override
    public Optional<LotState> stateAt(UUID lotId, UUID facilityId) {
        return store.read(h -> states.findAt(h, lotId, facilityId));
    }

    @Override
    public void readAhead(Collection<UUID> lotIds) {
        store.read(h -> {
            states.rememberWithAllHolds(h, lotIds);
            return null;
        });
    }

    @Override
    public List<LotState> states(Collection<UUID> lotIds) {
        return store.read(h -> states.findAll(h, lotIds));
    }

    @Override
    public LotState requireUsable(UUID lotId, UUID facilityId, LocalDate on) {
        LotState state = state(lotId).orElseThrow(() -> VaxlineException.notFound("lot", lotId));
        return LotUsability.requireUsable(state, facilityId, on);
    }
}
