package org.vaxline.platform.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SQLite's writers of one process take turns: many threads each running write transactions all commit, none fails as
 * busy, and a writer that waits longer than the store's timeout is refused as busy rather than left waiting.
 */
class WriterTurnsTest {
    @TempDir
    Path dir;

    @Test
    void concurrentWriteTransactionsAllCommit() throws Exception {
        try (Store store = Store.embedded(dir.resolve("store"))) {
            store.inTransaction(h -> h.execute("CREATE TABLE probe (n INTEGER NOT NULL)"));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 50; i++) {
                            store.inTransaction(h -> {
                                int before = h.createQuery("SELECT COUNT(*) FROM probe").mapTo(Integer.class).one();
                                return h.execute("INSERT INTO probe (n) VALUES (?)", before);
                            });
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            // each transaction read the count and wrote it: taking turns, the 400 values are 0 … 399, each once
            List<Integer> values = store.read(h -> h.createQuery("SELECT n FROM probe ORDER BY n").mapTo(Integer.class).list());
            assertThat(values).hasSize(400).doesNotHaveDuplicates();
            assertThat(Collections.max(values)).isEqualTo(399);
        }
    }

    @Test
    void aWriterThatWaitsTooLongIsRefusedAsBusy() throws Exception {
        WriterTurns turns = new WriterTurns(100);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            turns.take();
            held.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                turns.give();
            }
        });
        holder.start();
        held.await();
        assertThatThrownBy(turns::take).isInstanceOf(WriterTurns.StoreBusy.class).hasMessageContaining("no turn to write within 100 ms");
        release.countDown();
        holder.join();
        turns.take(); // free again: the next writer gets its turn at once
        turns.give();
    }
}
