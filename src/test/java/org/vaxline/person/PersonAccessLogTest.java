package org.vaxline.person;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.store.Dialect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vaxline.person.PersonWorld.ADMIN;
import static org.vaxline.person.PersonWorld.HANOI_MANAGER;

/** Reads log through the batch writer: every answered read's entry is committed, and none is answered once it stopped. */
class PersonAccessLogTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyConcurrentReadIsLoggedBeforeItIsAnsweredAndNoneAfterTheLogStops(Dialect dialect) throws Exception {
        try (PersonWorld w = new PersonWorld(dialect, tempDir)) {
            UUID an = w.register(PersonWorld.an());
            int before = w.count("person_reads");
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<Integer>> reads = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    // Each read sees its own entry already committed when it is answered.
                    reads.add(pool.submit(() -> {
                        w.persons.readPerson().read(HANOI_MANAGER, an);
                        return w.count("person_reads");
                    }));
                }
                for (Future<Integer> read : reads) {
                    assertThat(read.get()).isGreaterThan(before);
                }
            } finally {
                pool.shutdown();
            }
            assertThat(w.count("person_reads")).isEqualTo(before + 200);
            int byManager = w.store.read(h -> h.createQuery("SELECT COUNT(*) FROM person_reads WHERE read_by = 'hanoi.cdc'")
                    .mapTo(Integer.class).one());
            assertThat(byManager).isEqualTo(200);

            w.persons.close();
            assertThatThrownBy(() -> w.persons.readPerson().read(ADMIN, an)).hasMessageContaining("access log");
            assertThat(w.count("person_reads")).as("nothing shown unlogged").isEqualTo(before + 200);
        }
    }
}
