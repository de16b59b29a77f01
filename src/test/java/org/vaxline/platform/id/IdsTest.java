package org.vaxline.platform.id;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdsTest {
    @Test
    void aNameBasedIdIsTheJdksBitForBit() {
        // ids derived before the per-thread digest are stored everywhere (reference data, stock requests of doses)
        for (String name : new String[]{"", "a", "dose-stock:0190c3b2-0000-7000-8000-000000000001", "Người Thử ✓", "x".repeat(500)}) {
            byte[] bytes = ("vaxline:" + name).getBytes(StandardCharsets.UTF_8);
            assertEquals(UUID.nameUUIDFromBytes(bytes), Ids.fromName(name), name);
        }
        assertEquals(3, Ids.fromName("masterdata:SITE-01-1-1").version());
        assertEquals(2, Ids.fromName("masterdata:SITE-01-1-1").variant());
    }

    @Test
    void digestsAreResetBetweenUses() throws Exception {
        Digests.sha256().update("left over".getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("token".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, Digests.sha256Hex("token"));
        assertEquals(expected, Digests.sha256Hex("token"));
    }
}
