package org.vaxline.registryimport.application;

import org.vaxline.facility.application.Facilities;
import org.vaxline.person.application.CitizenIds;
import org.vaxline.person.application.PriorityGroups;
import org.vaxline.person.application.RegisterPerson;

import java.time.Clock;

/** The people import: a people file's rows registered through RegisterPerson. */
public final class PersonImports {
    private PersonImports() {
    }

    public static FileImport of(ImportEngine engine, RegisterPerson register, CitizenIds citizenIds, Facilities facilities,
                                PriorityGroups groups, Clock clock) {
        return new FileImport(engine, () -> new PersonRows(register, citizenIds, new PersonReferences(facilities, groups), clock));
    }
}
