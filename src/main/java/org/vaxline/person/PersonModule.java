package org.vaxline.person;

import org.vaxline.facility.application.Facilities;
import org.vaxline.facility.domain.Facility;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.person.application.CorrectPerson;
import org.vaxline.person.application.ListPersonReads;
import org.vaxline.person.application.PersonCorrections;
import org.vaxline.person.application.MergePersons;
import org.vaxline.person.application.PersonDirectory;
import org.vaxline.person.application.AccessLog;
import org.vaxline.person.application.LogReads;
import org.vaxline.person.application.CitizenIds;
import org.vaxline.person.application.PriorityGroups;
import org.vaxline.person.application.ReadPerson;
import org.vaxline.person.application.RecordDeath;
import org.vaxline.person.application.RegisterPerson;
import org.vaxline.person.application.SearchPersons;
import org.vaxline.person.cli.PersonsCommand;
import org.vaxline.person.http.PersonRoutes;
import org.vaxline.person.store.CorrectionLedger;
import org.vaxline.person.store.DeathLedger;
import org.vaxline.person.store.MergeLedger;
import org.vaxline.person.store.PersonReadLog;
import org.vaxline.person.store.ReadLogWriter;
import org.vaxline.person.store.PersonStore;
import org.vaxline.person.store.PriorityGroupStore;
import org.vaxline.platform.event.EventBus;
import org.vaxline.platform.http.Routes;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Wires the person registry: registration, search with its access log, corrections, merges, deaths, and the directory of
 * survivors.
 */
public final class PersonModule {
    private final RegisterPerson registerPerson;
    private final SearchPersons searchPersons;
    private final ReadPerson readPerson;
    private final ListPersonReads listReads;
    private final MergePersons mergePersons;
    private final PriorityGroups priorityGroups;
    private final PersonDirectory directory;
    private final Facilities facilities;
    private final LogReads logReads;
    private final CorrectPerson correctPerson;
    private final PersonCorrections corrections;
    private final RecordDeath recordDeath;
    private final ReadLogWriter readLogWriter;

    /** @param events where merges, corrections and deaths are announced (schedule and coverage subscribe), inside their transactions */
    public PersonModule(Store store, Clock clock, Facilities facilities, EventBus events) {
        this.facilities = facilities;
        PersonStore persons = new PersonStore();
        MergeLedger merges = new MergeLedger();
        PersonReadLog reads = new PersonReadLog();
        PriorityGroupStore groups = new PriorityGroupStore();
        CorrectionLedger correctionLedger = new CorrectionLedger();
        this.readLogWriter = new ReadLogWriter(store, reads);
        AccessLog accessLog = new AccessLog(clock, reads, readLogWriter);
        CitizenIds citizenIds = new CitizenIds(facilities);
        this.directory = new PersonDirectory(store, persons, merges, groups);
        this.registerPerson = new RegisterPerson(store, clock, facilities, citizenIds, persons, groups);
        this.correctPerson = new CorrectPerson(store, clock, facilities, citizenIds, persons, merges, correctionLedger, groups,
                directory, events);
        this.recordDeath = new RecordDeath(store, clock, persons, merges, new DeathLedger(), directory, events);
        this.corrections = new PersonCorrections(store, directory, correctionLedger, accessLog);
        this.searchPersons = new SearchPersons(store, persons, directory, accessLog);
        this.readPerson = new ReadPerson(store, directory, accessLog);
        this.listReads = new ListPersonReads(store, persons, reads);
        this.mergePersons = new MergePersons(store, clock, persons, merges, events);
        this.priorityGroups = new PriorityGroups(store, groups);
        this.logReads = new LogReads(store, clock, persons, accessLog);
    }

    /** Writes the access-log entries still queued; call before closing the store. */
    public void close() {
        readLogWriter.close();
    }

    /** Logs reads of people's records that other features show. */
    public LogReads logReads() {
        return logReads;
    }

    public RegisterPerson registerPerson() {
        return registerPerson;
    }

    public CorrectPerson correctPerson() {
        return correctPerson;
    }

    /** Records that a person died (once): they are no longer due, and no dose is given after the day. */
    public RecordDeath recordDeath() {
        return recordDeath;
    }

    /** A person's record with the history of its corrections. */
    public PersonCorrections corrections() {
        return corrections;
    }

    public SearchPersons searchPersons() {
        return searchPersons;
    }

    public ReadPerson readPerson() {
        return readPerson;
    }

    public ListPersonReads listReads() {
        return listReads;
    }

    public MergePersons mergePersons() {
        return mergePersons;
    }

    public PriorityGroups priorityGroups() {
        return priorityGroups;
    }

    /** Which record stands for a person after merges; the dose registry counts doses by it. */
    public PersonDirectory directory() {
        return directory;
    }

    /** A facility's id by its code, for the command line, where people type codes. */
    public UUID facilityId(String code) {
        return facilities.byCode(code).map(Facility::id).orElseThrow(() -> VaxlineException.notFound("facility", code));
    }

    public Routes routes() {
        return new PersonRoutes(registerPerson, searchPersons, readPerson, listReads, mergePersons, priorityGroups,
                correctPerson, corrections, recordDeath);
    }

    /** The {@code persons} command; the module is asked for only when a subcommand runs, so --help needs no store. */
    public static PersonsCommand command(Supplier<PersonModule> module, Supplier<Actor> actor) {
        return new PersonsCommand(module, actor);
    }
}
