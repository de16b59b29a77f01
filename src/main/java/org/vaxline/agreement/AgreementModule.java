package org.vaxline.agreement;

import org.vaxline.agreement.application.AgreementQueries;
import org.vaxline.agreement.application.AgreementReferences;
import org.vaxline.agreement.application.CompleteMilestone;
import org.vaxline.agreement.application.RecordAgreement;
import org.vaxline.agreement.application.RecordDelivery;
import org.vaxline.agreement.application.ReverseDelivery;
import org.vaxline.agreement.cli.AgreementsCommand;
import org.vaxline.agreement.http.AgreementRoutes;
import org.vaxline.agreement.store.AgreementStore;
import org.vaxline.agreement.store.DeliveryLedger;
import org.vaxline.agreement.store.MilestoneLedger;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.store.Projection;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.util.function.Supplier;

/** Wires the agreement ledger: its stores, use cases, routes and commands. */
public final class AgreementModule {
    private final AgreementReferences references;
    private final RecordAgreement recordAgreement;
    private final RecordDelivery recordDelivery;
    private final ReverseDelivery reverseDelivery;
    private final CompleteMilestone completeMilestone;
    private final AgreementQueries queries;
    private final Store store;
    private final DeliveryLedger ledger;

    public AgreementModule(Store store, Clock clock, AgreementReferences references) {
        this.references = references;
        AgreementStore agreements = new AgreementStore();
        DeliveryLedger ledger = new DeliveryLedger();
        MilestoneLedger milestones = new MilestoneLedger();
        this.recordAgreement = new RecordAgreement(store, clock, references, agreements, ledger);
        this.recordDelivery = new RecordDelivery(store, clock, agreements, ledger);
        this.reverseDelivery = new ReverseDelivery(store, clock, ledger);
        this.completeMilestone = new CompleteMilestone(store, clock, agreements, milestones);
        this.queries = new AgreementQueries(store, clock, references, agreements, ledger, milestones);
        this.store = store;
        this.ledger = ledger;
    }

    public RecordAgreement recordAgreement() {
        return recordAgreement;
    }

    public RecordDelivery recordDelivery() {
        return recordDelivery;
    }

    public ReverseDelivery reverseDelivery() {
        return reverseDelivery;
    }

    public CompleteMilestone completeMilestone() {
        return completeMilestone;
    }

    public AgreementQueries queries() {
        return queries;
    }

    /** Rebuilds every commitment's fulfilment from the delivery ledger. */
    public Projection.Rebuilt rebuildFulfilment() {
        return Projection.rebuild(store, ledger);
    }

    public AgreementReferences references() {
        return references;
    }

    public Routes routes() {
        return new AgreementRoutes(recordAgreement, recordDelivery, reverseDelivery, completeMilestone, queries);
    }

    /** The {@code agreements} command; the module is asked for only when a subcommand runs, so --help needs no store. */
    public static AgreementsCommand command(Supplier<AgreementModule> module, Supplier<Actor> actor) {
        return new AgreementsCommand(module, actor);
    }
}
