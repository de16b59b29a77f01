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

/** The backup-at-scale benchmark keeps working: tiny, on both stores, its rows land and the backup file is written. */
class BackupAtScaleTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void fillsTheStoreAndBacksItUp(Dialect dialect) throws Exception {
        try (Vaxline app = new Vaxline(TestStores.openDemo(dialect, tempDir), Clock.systemDefaultZone())) {
            new DemoScenario(app).loadOnce();
            long persons = app.store().read(h -> h.createQuery("SELECT COUNT(*) FROM persons").mapTo(Long.class).one());
            BackupAtScale.fill(app.store(), 25);
            BackupAtScale.Result result = BackupAtScale.backup(dialect, app.store(), tempDir.resolve("b-" + dialect));
            assertThat(result.persons()).isEqualTo(persons + 25);
            assertThat(result.bytes()).isPositive();
        }
    }
}
