package org.vaxline.lot;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.facility.application.Facilities;
import org.vaxline.lot.application.DecideRelease;
import org.vaxline.lot.application.LiftHold;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.lot.application.LotQueries;
import org.vaxline.lot.application.LotReferences;
import org.vaxline.lot.application.LotStates;
import org.vaxline.lot.application.PlaceHold;
import org.vaxline.lot.application.RebuildLotStates;
import org.vaxline.lot.application.RecordShelfLifeDecision;
import org.vaxline.lot.application.RegisterLots;
import org.vaxline.lot.cli.ExtendShelfLifeCommand;
import org.vaxline.lot.cli.HoldLotCommand;
import org.vaxline.lot.cli.LiftHoldCommand;
import org.vaxline.lot.cli.ListLotsCommand;
import org.vaxline.lot.cli.RejectLotCommand;
import org.vaxline.lot.cli.ReleaseLotCommand;
import org.vaxline.lot.http.LotRoutes;
import org.vaxline.lot.store.DecisionLedger;
import org.vaxline.lot.store.HoldLedger;
import org.vaxline.lot.store.LotStateProjection;
import org.vaxline.lot.store.LotStore;
import org.vaxline.lot.store.ShelfLifeLedger;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** Wires lots: their registration, release, holds, shelf-life decisions, the availability question, routes and commands. */
public final class LotModule {
    private final LotReferences references;
    private final RegisterLots registerLots;
    private final DecideRelease decideRelease;
    private final PlaceHold placeHold;
    private final LiftHold liftHold;
    private final RecordShelfLifeDecision recordShelfLife;
    private final LotQueries queries;
    private final LotStates availability;
    private final RebuildLotStates rebuild;

    public LotModule(Store store, Clock clock, Catalog catalog, Facilities facilities) {
        this(store, clock, references(catalog, facilities));
    }

    public LotModule(Store store, Clock clock, LotReferences references) {
        this.references = references;
        LotStore lots = new LotStore();
        DecisionLedger decisions = new DecisionLedger();
        HoldLedger holds = new HoldLedger();
        ShelfLifeLedger shelfLife = new ShelfLifeLedger();
        LotStateProjection states = new LotStateProjection(lots, decisions, holds, shelfLife);
        this.registerLots = new RegisterLots(store, clock, references, lots, states);
        this.decideRelease = new DecideRelease(store, clock, lots, decisions, states);
        this.placeHold = new PlaceHold(store, clock, references, lots, holds, states);
        this.liftHold = new LiftHold(store, clock, references, lots, holds, states);
        this.recordShelfLife = new RecordShelfLifeDecision(store, clock, references, lots, shelfLife, states);
        this.queries = new LotQueries(store, references, lots, decisions, holds, shelfLife, states);
        this.availability = new LotStates(store, states);
        this.rebuild = new RebuildLotStates(store, states);
    }

    /** Master data as the lot feature sees it: a product's GTINs, a facility's province. */
    public static LotReferences references(Catalog catalog, Facilities facilities) {
        return new LotReferences() {
            @Override
            public Optional<ProductRef> product(UUID productId) {
                return catalog.product(productId).map(p -> new ProductRef(p.id(), p.code(), p.gtins()));
            }

            @Override
            public Optional<ProductRef> productByCode(String code) {
                return catalog.productByCode(code).map(p -> new ProductRef(p.id(), p.code(), p.gtins()));
            }

            @Override
            public Optional<FacilityRef> facility(UUID facilityId) {
                return facilities.find(facilityId).map(f -> new FacilityRef(f.id(), f.provinceCode()));
            }
        };
    }

    /** The question stock and doses ask: may this lot be used here on that day? */
    public LotAvailability availability() {
        return availability;
    }

    public RegisterLots registerLots() {
        return registerLots;
    }

    public DecideRelease decideRelease() {
        return decideRelease;
    }

    public PlaceHold placeHold() {
        return placeHold;
    }

    public LiftHold liftHold() {
        return liftHold;
    }

    public RecordShelfLifeDecision recordShelfLifeDecision() {
        return recordShelfLife;
    }

    public LotQueries queries() {
        return queries;
    }

    public RebuildLotStates rebuild() {
        return rebuild;
    }

    public LotReferences references() {
        return references;
    }

    public Routes routes() {
        return new LotRoutes(registerLots, decideRelease, placeHold, liftHold, recordShelfLife, queries, availability);
    }

    /**
     * The lot subcommands (release, reject, hold, lift-hold, lots, extend-shelf-life), to add under a parent command:
     * {@code commands.forEach(stockCommandLine::addSubcommand)}. The module is asked for only when one runs.
     */
    public static List<Object> commands(Supplier<LotModule> module, Supplier<Actor> actor) {
        return List.of(new ReleaseLotCommand(module, actor), new RejectLotCommand(module, actor),
                new HoldLotCommand(module, actor), new LiftHoldCommand(module, actor), new ListLotsCommand(module, actor),
                new ExtendShelfLifeCommand(module, actor));
    }
}
