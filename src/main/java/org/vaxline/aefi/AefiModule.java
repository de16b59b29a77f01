package org.vaxline.aefi;

import org.vaxline.aefi.application.AdministeredDoses;
import org.vaxline.aefi.application.PersonReads;
import org.vaxline.aefi.application.AefiQueries;
import org.vaxline.aefi.application.ChangeSignalSettings;
import org.vaxline.aefi.application.LotSignals;
import org.vaxline.aefi.application.RecallLot;
import org.vaxline.aefi.application.RecordFollowup;
import org.vaxline.aefi.application.ReportAefi;
import org.vaxline.aefi.cli.AefiCommand;
import org.vaxline.aefi.cli.LotCommand;
import org.vaxline.aefi.http.AefiRoutes;
import org.vaxline.aefi.http.RecallRoutes;
import org.vaxline.aefi.store.AefiLedger;
import org.vaxline.aefi.store.LotAefiCounts;
import org.vaxline.aefi.store.RecallLedger;
import org.vaxline.aefi.store.SettingsStore;
import org.vaxline.facility.application.Facilities;
import org.vaxline.lot.LotModule;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Projection;
import org.vaxline.platform.store.Store;
import org.vaxline.stock.StockModule;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Wires adverse events following immunization: reports and follow-ups, each lot's serious-event rate and flag, the
 * signal threshold, lot recalls, routes and commands. The doses come through {@link AdministeredDoses}, wired by the
 * composition root from the dose registry.
 */
public final class AefiModule {
    private final PersonReads reads;
    private final Store store;
    private final ReportAefi reportAefi;
    private final RecordFollowup recordFollowup;
    private final AefiQueries queries;
    private final LotSignals signals;
    private final ChangeSignalSettings settings;
    private final RecallLot recallLot;
    private final LotModule lots;
    private final LotAefiCounts counts;

    public AefiModule(Store store, Clock clock, Facilities facilities, LotModule lots, StockModule stock, AdministeredDoses doses,
                      PersonReads reads) {
        this.reads = reads;
        this.store = store;
        this.lots = lots;
        AefiLedger ledger = new AefiLedger();
        SettingsStore settingsStore = new SettingsStore();
        this.counts = new LotAefiCounts();
        this.reportAefi = new ReportAefi(store, clock, doses, ledger, counts);
        this.recordFollowup = new RecordFollowup(store, clock, ledger);
        this.queries = new AefiQueries(store, facilities, lots.availability(), ledger);
        this.signals = new LotSignals(store, lots.availability(), doses, counts, settingsStore);
        this.settings = new ChangeSignalSettings(store, clock, settingsStore);
        this.recallLot = new RecallLot(store, clock, lots.availability(), lots.placeHold(), stock.queries(), doses, new RecallLedger());
    }

    public ReportAefi reportAefi() {
        return reportAefi;
    }

    public RecordFollowup recordFollowup() {
        return recordFollowup;
    }

    public AefiQueries queries() {
        return queries;
    }

    public LotSignals signals() {
        return signals;
    }

    public ChangeSignalSettings settings() {
        return settings;
    }

    public RecallLot recallLot() {
        return recallLot;
    }

    /** Lots named as people name them (id or number), for the commands. */
    public LotModule lots() {
        return lots;
    }

    /** Rebuilds lot_aefi_counts from the report ledger. */
    public Projection.Rebuilt rebuildLotCounts() {
        return Projection.rebuild(store, counts);
    }

    /** Both route sets: /aefi… and /lots/{id}/aefi, /lots/{id}/recall. */
    public Routes routes() {
        AefiRoutes aefi = new AefiRoutes(reportAefi, recordFollowup, queries, signals, settings, reads);
        RecallRoutes recalls = new RecallRoutes(recallLot, reads);
        return routes -> {
            aefi.register(routes);
            recalls.register(routes);
        };
    }

    /** The {@code aefi} command (report, list, lots); the module is asked for only when a subcommand runs. */
    public static AefiCommand command(Supplier<AefiModule> module, Supplier<Actor> actor) {
        return new AefiCommand(module, actor);
    }

    /** The {@code lot} command with its {@code recall} subcommand. */
    public static LotCommand lotCommand(Supplier<AefiModule> module, Supplier<Actor> actor) {
        return new LotCommand(module, actor);
    }
}
