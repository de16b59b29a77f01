package org.vaxline.app.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench's record of the collector's pauses: a collection during a window is counted in it, and only in it. */
class GcPausesTest {
    @Test
    void aCollectionIsCountedInTheWindowItEndedIn() throws Exception {
        GcPauses pauses = GcPauses.shared();
        long before = System.nanoTime();
        System.gc(); // a stop-the-world collection on the JVM's default collector
        long deadline = System.nanoTime() + 10_000_000_000L;
        // the JVM announces each collection on a thread of its own, a moment after it ends
        while (pauses.between(before, System.nanoTime()).count() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long after = System.nanoTime();

        GcPauses.Pauses during = pauses.between(before, after);
        assertThat(during.count()).isGreaterThanOrEqualTo(1);
        assertThat(during.longestMillis()).isLessThanOrEqualTo(during.totalMillis());
        assertThat(pauses.between(after + 1, after + 1).count()).isZero();
    }
}
