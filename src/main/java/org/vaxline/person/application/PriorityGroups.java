package org.vaxline.person.application;

import org.vaxline.person.domain.PriorityGroup;
import org.vaxline.person.store.PriorityGroupStore;
import org.vaxline.platform.store.Store;

import java.util.List;

/** Lists the priority groups, in the programme's order. */
public final class PriorityGroups {
    private final Store store;
    private final PriorityGroupStore groups;

    public PriorityGroups(Store store, PriorityGroupStore groups) {
        this.store = store;
        this.groups = groups;
    }

    public List<PriorityGroup> all() {
        return store.read(groups::all);
    }
}
