package org.vaxline.platform.store;

import org.flywaydb.core.api.MigrationVersion;
import org.vaxline.platform.error.VaxlineException;

/**
 * Where a store's schema stands against this program's migrations.
 *
 * @param applied  the newest migration applied to the store; null when it has none (a new, empty store)
 * @param expected the newest migration this program carries
 * @param pending  how many of this program's migrations the store has not had
 */
public record SchemaStatus(String applied, String expected, int pending) {
    public enum State { EMPTY, BEHIND, CURRENT, AHEAD }

    public State state() {
        if (applied == null) {
            return State.EMPTY;
        }
        if (MigrationVersion.fromVersion(applied).isNewerThan(expected)) {
            return State.AHEAD;
        }
        return pending > 0 ? State.BEHIND : State.CURRENT;
    }

    public boolean current() {
        return state() == State.CURRENT;
    }

    /** Refuses a store this program cannot serve, naming both versions and what to do. */
    public void requireCurrent(String where) {
        switch (state()) {
            case EMPTY -> throw new VaxlineException(StoreError.STORE_NOT_MIGRATED, "the store " + where
                    + " has no schema yet (this program needs version " + expected + "): run `vaxline migrate` first");
            case BEHIND -> throw new VaxlineException(StoreError.STORE_NOT_MIGRATED, "the store " + where
                    + " is at schema version " + applied + ", this program needs version " + expected + " (" + pending
                    + " migration(s) to apply): back it up, then run `vaxline migrate`");
            case AHEAD -> throw new VaxlineException(StoreError.STORE_NEWER_THAN_PROGRAM, "the store " + where
                    + " is at schema version " + applied + ", newer than this program's " + expected
                    + ": run the vaxline release that migrated it, or a newer one");
            case CURRENT -> {
            }
        }
    }
}
