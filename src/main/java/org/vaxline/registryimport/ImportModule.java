package org.vaxline.registryimport;

import org.vaxline.catalog.application.Catalog;
import org.vaxline.facility.application.Facilities;
import org.vaxline.lot.application.LotQueries;
import org.vaxline.person.PersonModule;
import org.vaxline.person.application.CitizenIds;
import org.vaxline.platform.security.Actor;
import org.vaxline.platform.store.Store;
import org.vaxline.registryimport.application.DoseImports;
import org.vaxline.registryimport.application.DoseRecorder;
import org.vaxline.registryimport.application.FileImport;
import org.vaxline.registryimport.application.ImportEngine;
import org.vaxline.registryimport.application.PersonIdentities;
import org.vaxline.registryimport.application.PersonImports;
import org.vaxline.registryimport.cli.ImportCommand;

import java.time.Clock;
import java.util.function.Supplier;

/** Wires the bulk imports of people and doses from CSV files on the person registry and the master data. */
public final class ImportModule {
    private final Store store;
    private final Clock clock;
    private final Facilities facilities;
    private final Catalog catalog;
    private final LotQueries lots;
    private final PersonModule persons;
    private final ImportEngine engine;

    public ImportModule(Store store, Clock clock, Facilities facilities, PersonModule persons, Catalog catalog,
                        LotQueries lots) {
        this.store = store;
        this.clock = clock;
        this.facilities = facilities;
        this.persons = persons;
        this.catalog = catalog;
        this.lots = lots;
        this.engine = new ImportEngine(store);
    }

    /** {@code import persons}: each row registered through the person registry's RegisterPerson. */
    public FileImport persons() {
        return PersonImports.of(engine, persons.registerPerson(), new CitizenIds(facilities), facilities,
                persons.priorityGroups(), clock);
    }

    /** {@code import doses}: each row handed to the dose registry through the port (its RecordDose, once wired). */
    public FileImport doses(DoseRecorder recorder) {
        return DoseImports.of(engine, identities(), catalog, lots, facilities, recorder, clock);
    }

    /** People by identity document, read without the access log (an import is not a person looking at a record). */
    private PersonIdentities identities() {
        var directory = persons.directory();
        return new PersonIdentities() {
            @Override
            public java.util.Optional<java.util.UUID> personWith(org.vaxline.person.domain.IdentityType type, String number) {
                return directory.byIdentity(type, number);
            }

            @Override
            public java.util.Map<String, java.util.UUID> peopleWith(org.vaxline.person.domain.IdentityType type,
                                                                    java.util.Collection<String> numbers) {
                return directory.byIdentities(type, numbers);
            }
        };
    }

    /**
     * The {@code import} command; the imports are asked for only when a subcommand runs, so --help needs no store.
     *
     * @param doses null until the dose registry is wired: {@code import doses} then says it is not available
     */
    public static ImportCommand command(Supplier<FileImport> persons, Supplier<FileImport> doses, Supplier<Actor> actor) {
        return new ImportCommand(persons, doses, actor);
    }
}
