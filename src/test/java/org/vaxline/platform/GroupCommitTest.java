package org.vaxline.platform;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.error.PlatformError;
import org.vaxline.platform.error.VaxlineException;
import org.vaxline.platform.store.Dialect;
import org.vaxline.platform.store.GroupCommit;
import org.vaxline.platform.store.Store;
import org.vaxline.platform.store.WriterTime;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The group-commit writer on real stores: a refusal fails no neighbour, and a poisoned request none either. */
class GroupCommitTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRefusedAndAPoisonedRequestFailOnlyThemselves(Dialect dialect) throws Exception {
        try (Store store = TestStores.open(dialect, tempDir)) {
            store.inTransaction(h -> h.execute("CREATE TABLE group_commit_probe (name text PRIMARY KEY)"));
            GroupCommit.Work<String, String> work = (h, name, alone) -> {
                if (name.startsWith("refuse")) {
                    throw new VaxlineException(PlatformError.NOT_FOUND, name + " is refused");
                }
                // "poison" breaks the statement (and on PostgreSQL the whole transaction): the store fails, not a rule
                h.createUpdate(name.startsWith("poison") ? "INSERT INTO no_such_table VALUES (:n)"
                        : "INSERT INTO group_commit_probe (name) VALUES (:n)").bind("n", name).execute();
                return name + (alone ? " alone" : " together");
            };
            try (GroupCommit<String, String> writer = new GroupCommit<>("probe", store, 1, 64, work)) {
                var outcomes = writer.recordTogether(List.of("a", "refuse-b", "c"));
                assertThat(outcomes.get(0).orThrow()).isEqualTo("a together");
                assertThat(outcomes.get(1).refused()).isTrue();
                assertThat(outcomes.get(2).orThrow()).isEqualTo("c together");

                var poisoned = writer.recordTogether(List.of("d", "poison-e", "f"));
                assertThat(poisoned.get(0).orThrow()).isEqualTo("d alone");
                assertThat(poisoned.get(1).refused()).isTrue();
                assertThat(poisoned.get(2).orThrow()).isEqualTo("f alone");

                ExecutorService clients = Executors.newFixedThreadPool(16);
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    String name = (i % 50 == 7 ? "poison-" : i % 10 == 3 ? "refuse-" : "n-") + i;
                    answers.add(clients.submit(() -> writer.submit(name, name)));
                }
                int recorded = 0;
                for (Future<String> answer : answers) {
                    try {
                        answer.get();
                        recorded++;
                    } catch (java.util.concurrent.ExecutionException failed) {
                        assertThat(failed.getCause()).isInstanceOfAny(VaxlineException.class, RuntimeException.class);
                    }
                }
                clients.shutdown();
                assertThat(recorded).isEqualTo(200 - 20 - 4);
            }
            int rows = store.read(h -> h.createQuery("SELECT COUNT(*) FROM group_commit_probe").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(4 + 176);
            GroupCommit<String, String> closed = new GroupCommit<>("closed", store, 1, 8, (h, q, a) -> q);
            closed.close();
            assertThatThrownBy(() -> closed.submit("x", "x")).isInstanceOf(IllegalStateException.class);
        }
    }

    /** The writer's time by part, and its batches: what the bench and /metrics tell of the dose writer. */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void tellsWhereItsTimeWentAndHowManyRequestsEachBatchHeld(Dialect dialect) throws Exception {
        try (Store store = TestStores.open(dialect, tempDir)) {
            store.inTransaction(h -> h.execute("CREATE TABLE group_commit_timed (name text PRIMARY KEY)"));
            GroupCommit.Prefetch<String> prefetch = (h, names) -> sleep(20);
            GroupCommit.Work<String, String> work = (h, name, alone) -> {
                sleep(5);
                h.createUpdate("INSERT INTO group_commit_timed (name) VALUES (:n)").bind("n", name).execute();
                return name;
            };
            try (GroupCommit<String, String> writer = new GroupCommit<>("timed", store, 1, 64, prefetch, work)) {
                assertThat(writer.timeSpent()).isEqualTo(WriterTime.Spent.NONE);
                writer.recordTogether(List.of("a", "b", "c", "d"));
                writer.recordTogether(List.of("e", "f"));
                WriterTime.Spent first = writer.timeSpent();

                assertThat(first.batches()).isEqualTo(2);
                assertThat(first.requests()).isEqualTo(6);
                assertThat(first.meanBatch()).isEqualTo(3.0);
                assertThat(first.readNanos()).as("two prefetches of 20 ms").isGreaterThanOrEqualTo(40_000_000L);
                assertThat(first.decideNanos()).as("six decisions of 5 ms").isGreaterThanOrEqualTo(30_000_000L);
                assertThat(first.writeNanos()).as("the begins and commits").isPositive();
                assertThat(first.idleNanos()).as("bulk batches never wait for requests").isZero();

                assertThat(writer.submit("g", "g")).isEqualTo("g");
                WriterTime.Spent since = writer.timeSpent().since(first);
                assertThat(since.batches()).isEqualTo(1);
                assertThat(since.requests()).isEqualTo(1);
                assertThat(since.readNanos()).as("a batch of one needs no prefetch").isLessThan(20_000_000L);
                assertThat(since.share(since.decideNanos())).isBetween(0.0, 1.0);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
