package org.vaxline.platform.id;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

import java.util.UUID;

/** Generates UUIDv7 ids: time-ordered, so ledger entries sort by creation and index well. */
public final class Ids {
    private static final TimeBasedEpochGenerator V7 = Generators.timeBasedEpochGenerator();

    private Ids() {
    }

    public static UUID newId() {
        return V7.generate();
    }

    /** A fixed id derived from a name, for reference data that must get the same id on every load. */
    public static UUID fromName(String name) {
        return UUID.nameUUIDFromBytes(("vaxline:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
