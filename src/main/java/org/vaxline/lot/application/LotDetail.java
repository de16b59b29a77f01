package org.vaxline.lot.application;

import org.vaxline.lot.domain.Hold;
import org.vaxline.lot.domain.Lot;
import org.vaxline.lot.domain.LotState;
import org.vaxline.lot.domain.ReleaseDecision;

import java.util.List;

/**
 * A lot with its history: the state in force, the release decision (null while quarantined) and every hold.
 */
public record LotDetail(Lot lot, LotState state, ReleaseDecision decision, List<Hold> holds) {
    public LotDetail {
        holds = List.copyOf(holds);
    }
}
