package org.vaxline.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.vaxline.platform.event.EventBus;
import org.vaxline.platform.store.Store;
import org.vaxline.registry.domain.DoseRecorded;
import org.vaxline.registry.domain.DoseReversed;

/**
 * The figures an operator watches at /metrics: the JVM, the connection pool, and what the programme recorded (doses,
 * reversals) counted from the features' events once their transaction committed, so a rolled-back or retried
 * transaction is not counted. The HTTP server adds request latencies and refusals to the same registry.
 */
final class OperationsMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    OperationsMetrics(Store store, EventBus events) {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        try {
            store.reportPoolMetricsTo(registry);
        } catch (IllegalStateException alreadyReporting) {
            // a second composition on the same store (tests): the pool reports to the first one's registry
        }
        Counter doses = Counter.builder("vaxline.doses.recorded").description("Doses recorded (new entries, not retries)")
                .register(registry);
        Counter reversals = Counter.builder("vaxline.doses.reversed").description("Doses reversed as recorded in error")
                .register(registry);
        events.subscribe(DoseRecorded.class, e -> store.afterCommit(doses::increment));
        events.subscribe(DoseReversed.class, e -> store.afterCommit(reversals::increment));
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
