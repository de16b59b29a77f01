package org.vaxline.registry;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.vaxline.platform.store.Dialect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vaxline.registry.RegistryWorld.TODAY;

/**
 * Pins the SQL one dose sends to the store (issue 13: at most 10), counted as the store executes them, with the
 * coverage, schedule and certificate subscribers of the real application wired.
 */
class DoseStatementsTest {
    static final int MAX_STATEMENTS_PER_DOSE = 10;

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDoseSendsAtMostTenStatements(Dialect dialect) throws Exception {
        try (RegistryWorld w = new RegistryWorld(dialect, tempDir)) {
            UUID lot = w.stockedLot("A1", 100);
            UUID an = w.person("Nguyễn Văn An");
            UUID binh = w.person("Trần Thị Bình");
            w.give(binh, lot, TODAY.minusDays(40));
            w.give(an, lot, TODAY.minusDays(40));
            List<String> first = statementsOf(w, () -> w.give(binh, lot, TODAY.minusDays(20)));
            List<String> second = statementsOf(w, () -> w.give(an, lot, TODAY.minusDays(20)));
            System.out.println(dialect + ": " + second.size() + " statements for one dose\n  " + String.join("\n  ", second));
            assertThat(first).hasSizeLessThanOrEqualTo(MAX_STATEMENTS_PER_DOSE);
            assertThat(second).hasSizeLessThanOrEqualTo(MAX_STATEMENTS_PER_DOSE);
        }
    }

    static List<String> statementsOf(RegistryWorld w, Runnable work) throws Exception {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        try (AutoCloseable ignored = w.store.statements().listen(seen::add)) {
            work.run();
        }
        return List.copyOf(seen);
    }
}
