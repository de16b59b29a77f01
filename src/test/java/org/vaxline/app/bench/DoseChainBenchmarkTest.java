package org.vaxline.app.bench;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.app.Vaxline;
import org.vaxline.app.demo.DemoScenario;
import org.vaxline.platform.store.Dialect;
import org.vaxline.testing.TestStores;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain-cost benchmark keeps working: run tiny on both stores, every dose is recorded (its figures are not judged). */
class DoseChainBenchmarkTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void recordsEveryDoseOfEveryRoundFromManyThreads(Dialect dialect) throws Exception {
        try (Vaxline app = new Vaxline(TestStores.openDemo(dialect, tempDir), Clock.systemDefaultZone())) {
            new DemoScenario(app).loadOnce();
            long before = app.store().read(h -> h.createQuery("SELECT COUNT(*) FROM doses").mapTo(Long.class).one());
            DoseChainBenchmark.Result result = DoseChainBenchmark.run(dialect, app, 2, 10, 4);
            long after = app.store().read(h -> h.createQuery("SELECT COUNT(*) FROM doses").mapTo(Long.class).one());
            assertThat(after - before).isEqualTo(200 + 2 * 2 * 10);
            assertThat(result.chainedRounds()).hasSize(2);
            assertThat(result.unchainedRounds()).hasSize(2);
            assertThat(java.util.stream.DoubleStream.concat(java.util.Arrays.stream(result.chainedRounds()),
                    java.util.Arrays.stream(result.unchainedRounds())).min().orElseThrow()).isPositive();
        }
    }
}
