package org.vaxline.registry.application;

import org.vaxline.person.application.PersonDirectory;
import org.vaxline.person.domain.PersonsMerged;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.domain.DoseRecorded;
import org.vaxline.registry.domain.DoseReversed;
import org.vaxline.registry.store.ScheduleProjection;

/**
 * Keeps each person's schedule in step with what the registry announces, inside the announcing transaction: a new dose
 * rewrites its series' row; a reversed dose or a merge rewrites the person's rows from the ledger, so a merged duplicate
 * is due once, as the survivor.
 */
public final class ScheduleFollower {
    private final Store store;
    private final ScheduleProjection projection;
    private final PersonDirectory persons;

    public ScheduleFollower(Store store, ScheduleProjection projection, PersonDirectory persons) {
        this.store = store;
        this.projection = projection;
        this.persons = persons;
    }

    public void doseRecorded(DoseRecorded e) {
        store.inTransaction(h -> {
            projection.write(h, projection.rowOf(e.personId(), e.dose().seriesCode(), e.series()));
            return null;
        });
    }

    public void doseReversed(DoseReversed e) {
        refresh(e.personId());
    }

    public void personsMerged(PersonsMerged e) {
        refresh(e.merge().survivorId());
    }

    private void refresh(java.util.UUID survivor) {
        store.inTransaction(h -> {
            projection.refresh(h, survivor, persons.allIdsOf(survivor));
            return null;
        });
    }
}
