package org.vaxline.app.bench;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OnlineCeilingTest {
    private static Map<String, Long> cpu(Object... kindAndMicros) {
        Map<String, Long> micros = new LinkedHashMap<>();
        for (int i = 0; i < kindAndMicros.length; i += 2) {
            micros.put((String) kindAndMicros[i], ((Number) kindAndMicros[i + 1]).longValue());
        }
        return micros;
    }

    @Test
    void theCoresBoundCountsTheServerAndTheClientsButNotTheCompiler() {
        // the figures of a run at 300,000 people: writer 311, web server 198, clients 123, checkpointer 94, JIT 160
        OnlineCeiling ceiling = OnlineCeiling.of(cpu("doses-writer-N", 311, "JettyServerThre", 198, "CN CompilerThre", 160,
                "bench-client-N", 123, "vaxline:sqlite-", 94, "GC Thread#N", 5), 2);

        assertThat(ceiling.writerMicros()).isEqualTo(311);
        assertThat(ceiling.serverMicros()).isEqualTo(311 + 198 + 94 + 5);
        assertThat(ceiling.clientMicros()).isEqualTo(123);
        assertThat(ceiling.compilerMicros()).isEqualTo(160);
        assertThat(ceiling.coresAllow()).isEqualTo(Math.round(2_000_000.0 / (608 + 123)));
        assertThat(ceiling.writerAllows()).isEqualTo(Math.round(1_000_000.0 / 311));
        assertThat(ceiling.limit()).isEqualTo("the cores");
    }

    @Test
    void aWriterSlowerThanTheCoresCanCarryIsTheLimit() {
        OnlineCeiling ceiling = OnlineCeiling.of(cpu("doses-writer-N", 400, "JettyServerThre", 50, "bench-client-N", 30), 4);

        assertThat(ceiling.coresAllow()).isEqualTo(Math.round(4_000_000.0 / 480));
        assertThat(ceiling.writerAllows()).isEqualTo(2_500);
        assertThat(ceiling.limit()).isEqualTo("the dose writer");
        assertThat(ceiling.figures()).containsEntry("limit", "the dose writer").containsEntry("writerAllowsDosesPerSecond", 2_500L)
                .containsEntry("serverMicrosPerDose", 450L);
    }

    @Test
    void aRunTooShortToMeasureAnyCpuGivesNoBound() {
        OnlineCeiling ceiling = OnlineCeiling.of(Map.of(), 2);

        assertThat(ceiling.coresAllow()).isZero();
        assertThat(ceiling.writerAllows()).isZero();
    }
}
