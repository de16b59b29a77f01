package org.vaxline.lot.application;

import org.vaxline.lot.domain.Lot;
import org.vaxline.lot.domain.LotError;
import org.vaxline.lot.domain.LotRules;
import org.vaxline.lot.domain.NewLot;
import org.vaxline.lot.store.LotStateProjection;
import org.vaxline.lot.store.LotStore;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.error.Violations;
import org.vaxline.platform.id.Ids;
import org.vaxline.platform.id.Recorded;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Registers lots, all or none: from a shipment's receipt (inside its transaction) or from a local batch record.
 * New lots are quarantined until the national control laboratory decides; shelf-life decisions already recorded apply.
 */
public final class RegisterLots {
    private final Store store;
    private final Clock clock;
    private final LotReferences references;
    private final LotStore lots;
    private final LotStateProjection states;

    public RegisterLots(Store store, Clock clock, LotReferences references, LotStore lots, LotStateProjection states) {
        this.store = store;
        this.clock = clock;
        this.references = references;
        this.lots = lots;
        this.states = states;
    }

    /** Faults are named {@code lots[i].field}. */
    public List<Recorded<Lot>> register(Actor actor, List<NewLot> request) {
        return register(actor, "lots", request);
    }

    /** @param path the name of the list in the caller's request, for naming faults ({@code path[i].field}) */
    public List<Recorded<Lot>> register(Actor actor, String path, List<NewLot> request) {
        actor.requireNational("register lots");
        if (request == null || request.isEmpty()) {
            throw VaxlineException.field(LotError.LOT_INVALID, path, "must list at least one lot");
        }
        List<NewLot> withIds = request.stream().map(l -> l == null ? null : l.id() != null ? l
                : new NewLot(Ids.newId(), l.productId(), l.lotNumber(), l.gtin(), l.manufacturedOn(), l.labelledExpiry())).toList();
        validate(path, withIds);
        return store.inTransaction(h -> {
            List<Recorded<Lot>> recorded = new ArrayList<>();
            for (int i = 0; i < withIds.size(); i++) {
                Lot lot = LotRules.lotOf(withIds.get(i), clock.instant(), actor.name());
                // The number is read before the id: on PostgreSQL each statement sees what committed before it, so a
                // parallel retry that commits in between is found by the second read, never taken for a number reused.
                Optional<Lot> sameNumber = lots.byNumber(h, lot.productId(), lot.lotNumber());
                Optional<Lot> existing = sameNumber.filter(l -> l.id().equals(lot.id())).or(() -> lots.find(h, lot.id()));
                if (existing.isPresent()) {
                    if (!existing.get().sameContentAs(lot)) {
                        throw new VaxlineException(PlatformError.IDEMPOTENCY_CONFLICT, path + "[" + i + "].id: lot " + lot.id()
                                + " already exists with different content", Map.of(path + "[" + i + "].id", "already used for another lot"), Map.of());
                    }
                    recorded.add(Recorded.existing(existing.get()));
                    continue;
                }
                if (sameNumber.isPresent()) {
                    String field = path + "[" + i + "].lotNumber";
                    throw new VaxlineException(LotError.LOT_NUMBER_TAKEN, field + ": lot " + lot.lotNumber()
                            + " of this product is already registered as " + sameNumber.get().id(),
                            Map.of(field, "already registered as lot " + sameNumber.get().id()), Map.of());
                }
                lots.insert(h, lot);
                states.refresh(h, lot);
                recorded.add(Recorded.created(lot));
            }
            return recorded;
        });
    }

    private void validate(String path, List<NewLot> request) {
        LocalDate today = LocalDate.now(clock);
        Violations v = new Violations();
        Map<String, Integer> numbers = new HashMap<>();
        Map<UUID, Integer> ids = new HashMap<>();
        for (int i = 0; i < request.size(); i++) {
            String at = path + "[" + i + "]";
            NewLot lot = request.get(i);
            if (lot == null) {
                v.add(at, "is required");
                continue;
            }
            Optional<List<String>> gtins = lot.productId() == null ? Optional.empty()
                    : references.product(lot.productId()).map(LotReferences.ProductRef::gtins);
            LotRules.check(v, at, lot, gtins, today);
            Integer sameId = ids.putIfAbsent(lot.id(), i);
            v.check(sameId == null, at + ".id", "is also the id of " + path + "[" + sameId + "]");
            if (lot.lotNumber() != null) {
                Integer twin = numbers.putIfAbsent(lot.productId() + "/" + lot.lotNumber().trim(), i);
                v.check(twin == null, at + ".lotNumber", "repeats " + path + "[" + twin + "] of the same product");
            }
        }
        v.throwIfAny(LotError.LOT_INVALID);
    }
}
