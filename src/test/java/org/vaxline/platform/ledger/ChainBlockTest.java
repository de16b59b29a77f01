package org.vaxline.platform.ledger;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A block holds exactly the per-entry chain, entry by entry, after any head. */
class ChainBlockTest {
    private static final LedgerDefinition LEDGER = ChainedLedgers.MILESTONE_COMPLETIONS;

    @Test
    void aBlockHoldsEachEntrysIdAndTheHashTheChainGivesIt() {
        LedgerChain.Head head = new LedgerChain.Head(41, CanonicalEntry.chain(CanonicalEntry.GENESIS, LEDGER, 41,
                values(UUID.randomUUID(), 0)));
        List<UUID> ids = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        List<List<Object>> entries = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            entries.add(values(id, i));
            bodies.add(CanonicalEntry.body(LEDGER, entries.get(i)));
        }

        ChainBlock block = ChainBlock.after(head, LEDGER, ids, bodies);

        assertThat(block.firstPosition()).isEqualTo(42);
        assertThat(block.size()).isEqualTo(3);
        assertThat(block.lastPosition()).isEqualTo(44);
        String hash = head.hash();
        for (int i = 0; i < 3; i++) {
            hash = CanonicalEntry.chain(hash, LEDGER, 42 + i, entries.get(i));
            assertThat(block.entryId(i)).isEqualTo(ids.get(i));
            assertThat(block.hash(i)).isEqualTo(hash);
        }
        assertThat(block.head()).isEqualTo(new LedgerChain.Head(44, hash));
        ChainBlock copied = ChainBlock.of(42, ids, List.of(block.hash(0), block.hash(1), block.hash(2)));
        assertThat(copied.entryIds()).isEqualTo(block.entryIds());
        assertThat(copied.hashes()).isEqualTo(block.hashes());
    }

    @Test
    void idsAndHashesMustCountTheSameEntries() {
        assertThatThrownBy(() -> new ChainBlock(1, new byte[32], new byte[32])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChainBlock(1, new byte[15], new byte[32])).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ChainBlock(1, new byte[16], new byte[32]).size()).isEqualTo(1);
    }

    private static List<Object> values(UUID id, int day) {
        return Arrays.asList(id, LocalDate.parse("2021-10-01").plusDays(day), Instant.parse("2021-10-01T08:00:00Z"), "nurse");
    }
}
