package org.vaxline.platform.ledger;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonical bytes of an entry are what every stored hash was made of: these hashes were computed by the encoding
 * that wrote the stores in use (2026-12-02), and must never change, or every store's chain would stop verifying.
 */
class CanonicalEntryTest {
    private static final LedgerDefinition PLAIN = LedgerDefinition.of("every-type", "t", "id", "id",
            "id UUID", "note TEXT", "kind TEXT", "day DATE", "at INSTANT", "count INTEGER", "flag BOOLEAN", "gone TEXT");
    private static final LedgerDefinition GROUPED = LedgerDefinition.grouped("grouped", "t", "id", "id",
            "id UUID", "line INTEGER", "name TEXT");
    private static final UUID ID = UUID.fromString("0192f0c4-0000-7000-8000-000000000001");

    private enum Kind { ISSUE }

    private static List<Object> plainValues() {
        return Arrays.asList(ID, "Người thử — ✓", Kind.ISSUE, LocalDate.parse("2021-10-01"),
                Instant.parse("2021-10-01T09:00:00.123456789Z"), -42L, true, null);
    }

    @Test
    void anEntryOfEveryTypeHashesAsItAlwaysHas() {
        String hash = CanonicalEntry.chain(CanonicalEntry.GENESIS, PLAIN, 7, plainValues());
        assertThat(hash).isEqualTo(PINNED_PLAIN);
    }

    @Test
    void aGroupedEntryHashesItsRowsInByteOrderAsItAlwaysHas() {
        List<Object> rows = Arrays.asList(ID, 2, "b", ID, 1, "a", ID, 3, null);
        assertThat(CanonicalEntry.chain(CanonicalEntry.GENESIS, GROUPED, 0, rows)).isEqualTo(PINNED_GROUPED);
    }

    @Test
    void aBodyMadeAtAppendChainsToTheSameHash() {
        byte[] body = CanonicalEntry.body(PLAIN, plainValues());
        assertThat(CanonicalEntry.chainBody(CanonicalEntry.GENESIS, PLAIN, 7, body)).isEqualTo(PINNED_PLAIN);
    }

    private static final String PINNED_PLAIN = "555320e3c9b7a3d598c14a0effdeef645d3fb45b18c6760750263f0427af302b";
    private static final String PINNED_GROUPED = "d0457ab34d233f11e0fc9016d34d0d91c3e1a4cf97b39b02053868e8ed111a6c";
}
