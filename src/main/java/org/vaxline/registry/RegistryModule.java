package org.vaxline.registry;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.facility.application.Facilities;
import org.vaxline.lot.application.LotAvailability;
import org.vaxline.person.application.PersonDirectory;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.store.Projection;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.application.DoseQueries;
import org.vaxline.registry.application.PersonReads;
import org.vaxline.registry.application.RecordDose;
import org.vaxline.registry.application.ReverseDose;
import org.vaxline.registry.application.ScheduleFollower;
import org.vaxline.registry.domain.DoseRecorded;
import org.vaxline.registry.domain.DoseReversed;
import org.vaxline.person.domain.PersonsMerged;
import org.vaxline.platform.event.EventBus;
import org.vaxline.registry.application.Schedules;
import org.vaxline.registry.application.SeriesRules;
import org.vaxline.registry.application.SessionDraw;
import org.vaxline.registry.application.Sessions;
import org.vaxline.registry.http.RegistryRoutes;
import org.vaxline.registry.reminder.DeliverReminders;
import org.vaxline.registry.reminder.QueueReminders;
import org.vaxline.registry.reminder.ReminderOutbox;
import org.vaxline.registry.store.DoseLedger;
import org.vaxline.registry.store.ScheduleProjection;
import org.vaxline.registry.store.SeriesRuleStore;
import org.vaxline.registry.store.SessionStore;
import org.vaxline.stock.StockModule;

import java.time.Clock;
import java.time.LocalDate;

/** Wires the dose registry: doses against stock, schedules, open-vial sessions, due lists and reminders. */
public final class RegistryModule {
    private final PersonReads reads;
    private final Store store;
    private final LotAvailability lots;
    private final SeriesRules seriesRules;
    private final RecordDose recordDose;
    private final org.vaxline.registry.application.RecordHistoricalDose recordHistoricalDose;
    private final ReverseDose reverseDose;
    private final Sessions sessions;
    private final DoseQueries queries;
    private final ScheduleProjection projection;
    private final QueueReminders queueReminders;
    private final DeliverReminders deliverReminders;

    public RegistryModule(Store store, Clock clock, Catalog catalog, Facilities facilities, LotAvailability lots,
                          PersonDirectory persons, StockModule stock, PersonReads reads, EventBus events) {
        this.store = store;
        this.reads = reads;
        this.lots = lots;
        DoseLedger ledger = new DoseLedger();
        SessionStore sessionStore = new SessionStore();
        this.seriesRules = new SeriesRules(store, clock, new SeriesRuleStore());
        Schedules schedules = new Schedules(catalog, seriesRules);
        // overdue is a question of the day asked, not stored: the projection keeps the dates only
        this.projection = new ScheduleProjection(ledger, (series, doses) -> schedules.of(doses, LocalDate.MIN), persons::resolve);
        SessionDraw draw = new SessionDraw(sessionStore, ledger);
        this.recordDose = new RecordDose(store, clock, facilities, lots, persons, seriesRules, catalog, draw,
                stock.recordMovement(), stock.queries(), ledger, events);
        this.recordHistoricalDose = new org.vaxline.registry.application.RecordHistoricalDose(store, clock, persons, seriesRules,
                schedules, ledger, events);
        this.reverseDose = new ReverseDose(store, clock, facilities, persons, stock.recordMovement(), stock.queries(), ledger,
                events);
        ScheduleFollower schedule = new ScheduleFollower(store, projection, persons);
        events.subscribe(DoseRecorded.class, schedule::doseRecorded);
        events.subscribe(DoseReversed.class, schedule::doseReversed);
        events.subscribe(PersonsMerged.class, schedule::personsMerged);
        this.sessions = new Sessions(store, clock, facilities, lots, catalog, sessionStore, draw, stock.recordMovement(),
                (facility, lot) -> stock.queries().onHand(facility, null, null, null).lines().stream()
                        .filter(l -> l.lotId().equals(lot)).mapToLong(l -> l.quantity()).sum());
        this.queries = new DoseQueries(store, clock, persons, schedules, ledger, projection);
        ReminderOutbox outbox = new ReminderOutbox();
        this.queueReminders = new QueueReminders(store, clock, queries, catalog, facilities, outbox);
        this.deliverReminders = new DeliverReminders(store, clock, outbox);
    }

    /** Stops the dose writer threads (if any started). */
    public void close() {
        recordDose.close();
    }

    /** The product of a lot, for the command line, where a vaccinator names only the lot. */
    public java.util.UUID lotProduct(java.util.UUID lotId) {
        return lots.state(lotId).orElseThrow(() -> org.vaxline.platform.error.VaxlineException.notFound("lot", lotId)).productId();
    }

    /** The registry's commands: doses, sessions, due, reminders. */
    public static java.util.List<Object> commands(java.util.function.Supplier<RegistryModule> module,
                                                  java.util.function.Supplier<org.vaxline.platform.security.Actor> actor,
                                                  java.util.function.Function<String, java.util.UUID> facilityByIdOrCode) {
        var cli = new org.vaxline.registry.cli.RegistryCli(module, actor, facilityByIdOrCode);
        return java.util.List.of(new org.vaxline.registry.cli.DosesCommand(cli), new org.vaxline.registry.cli.SessionsCommand(cli),
                new org.vaxline.registry.cli.DueCommand(cli), new org.vaxline.registry.cli.RemindersCommand(cli));
    }

    public SeriesRules seriesRules() {
        return seriesRules;
    }

    public RecordDose recordDose() {
        return recordDose;
    }

    /** Doses given elsewhere (abroad, before vaxline): they count toward the series but move no stock. */
    public org.vaxline.registry.application.RecordHistoricalDose recordHistoricalDose() {
        return recordHistoricalDose;
    }

    public ReverseDose reverseDose() {
        return reverseDose;
    }

    public Sessions sessions() {
        return sessions;
    }

    /** Doses of a person, of a lot (count and recipients, for adverse events), and due lists. */
    public DoseQueries queries() {
        return queries;
    }

    public QueueReminders queueReminders() {
        return queueReminders;
    }

    public DeliverReminders deliverReminders() {
        return deliverReminders;
    }

    /** Rebuilds every person's schedule from the dose ledger. */
    public Projection.Rebuilt rebuildSchedules() {
        return Projection.rebuild(store, projection);
    }

    public Routes routes() {
        return new RegistryRoutes(recordDose, reverseDose, sessions, queries, seriesRules, reads);
    }
}
