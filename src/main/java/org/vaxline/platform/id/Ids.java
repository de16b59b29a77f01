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
        return nameBased(("vaxline:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** {@link UUID#nameUUIDFromBytes}, the same id bit for bit, with this thread's MD5 digest instead of a new one. */
    static UUID nameBased(byte[] name) {
        byte[] md5 = Digests.md5(name);
        md5[6] = (byte) (md5[6] & 0x0f | 0x30); // version 3
        md5[8] = (byte) (md5[8] & 0x3f | 0x80); // IETF variant
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = most << 8 | md5[i] & 0xff;
            least = least << 8 | md5[8 + i] & 0xff;
        }
        return new UUID(most, least);
    }
}
