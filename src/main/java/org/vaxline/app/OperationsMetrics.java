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
import org.vaxline.platform.store.WriterTime;
import org.vaxline.registry.domain.DoseRecorded;
import org.vaxline.registry.domain.DoseReversed;
import org.vaxline.registryimport.store.ImportRowCounts;
import org.vaxline.stock.domain.MovementType;
import org.vaxline.stock.domain.StockMoved;
import io.micrometer.core.instrument.FunctionCounter;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * The figures an operator watches at /metrics: the JVM, the connection pool, and what the programme recorded (doses,
 * reversals, stock movements by type) counted from the features' events once their transaction committed, so a
 * rolled-back or retried transaction is not counted; and import rows by kind and outcome, as the store keeps them. The HTTP server adds request latencies and refusals to the same registry.
 */
final class OperationsMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    /** Held here: Micrometer keeps only a weak reference to what a function counter reads. */
    private final Supplier<Map<String, ImportRowCounts.Counts>> importCounts;

    /** Held here, as the import counts are. */
    private final Supplier<WriterTime.Spent> doseWriter;

    /** @param doseWriter where the online dose writer's time went so far */
    OperationsMetrics(Store store, EventBus events, Supplier<WriterTime.Spent> doseWriter) {
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
        Map<MovementType, Counter> movements = new EnumMap<>(MovementType.class);
        for (MovementType type : MovementType.values()) {
            movements.put(type, Counter.builder("vaxline.stock.movements").tag("type", type.name())
                    .description("Stock ledger entries recorded, by movement type (a transfer is one out and one in)")
                    .register(registry));
        }
        events.subscribe(StockMoved.class, e -> store.afterCommit(movements.get(e.movement().type())::increment));
        this.importCounts = importRows(new ImportRowCounts(store));
        this.doseWriter = doseWriter;
        countDoseWriter(doseWriter);
    }

    /**
     * The dose writer's batches, and its time by part: with the doses a second, they tell whether the writer is the
     * limit (seldom idle) and which part of it (issue 13).
     */
    private void countDoseWriter(Supplier<WriterTime.Spent> spent) {
        FunctionCounter.builder("vaxline.doses.batches", spent, s -> s.get().batches())
                .description("Transactions the online dose writer committed, each holding the doses that arrived together")
                .register(registry);
        FunctionCounter.builder("vaxline.doses.batched", spent, s -> s.get().requests())
                .description("Doses decided in the online dose writer's batches (over vaxline.doses.batches: the mean batch)")
                .register(registry);
        Map<String, ToDoubleFunction<WriterTime.Spent>> parts = Map.of("idle", WriterTime.Spent::idleNanos,
                "read", WriterTime.Spent::readNanos, "decide", WriterTime.Spent::decideNanos, "write", WriterTime.Spent::writeNanos);
        parts.forEach((part, nanos) -> FunctionCounter.builder("vaxline.doses.writer.seconds", spent, s -> nanos.applyAsDouble(s.get()) / 1e9)
                .tag("part", part)
                .description("The online dose writer's time: idle (waiting for doses), read (a batch's people, doses and balances),"
                        + " decide (the rules, dose by dose), write (held rows, ledger links and the commit)")
                .register(registry));
    }

    /**
     * Import rows are counted in the store by the importing process (`vaxline import` runs on its own), and read here
     * at most once a second, so a scrape shows every import that ever ran against this store.
     */
    private Supplier<Map<String, ImportRowCounts.Counts>> importRows(ImportRowCounts counts) {
        AtomicReference<Map<String, ImportRowCounts.Counts>> last = new AtomicReference<>(Map.of());
        AtomicLong readAt = new AtomicLong(Long.MIN_VALUE);
        Supplier<Map<String, ImportRowCounts.Counts>> current = () -> {
            long now = System.nanoTime();
            long then = readAt.get();
            if ((then == Long.MIN_VALUE || now - then > 1_000_000_000L) && readAt.compareAndSet(then, now)) {
                try { // one read a second at most, even when the store is slow to answer
                    last.set(counts.all());
                } catch (RuntimeException storeUnreachable) {
                    // the last figures stand; /health/ready tells that the store is unreachable
                }
            }
            return last.get();
        };
        for (String kind : List.of("persons", "doses")) {
            Map<String, ToDoubleFunction<ImportRowCounts.Counts>> outcomes = Map.of("imported", ImportRowCounts.Counts::imported,
                    "unchanged", ImportRowCounts.Counts::unchanged, "refused", ImportRowCounts.Counts::refused);
            outcomes.forEach((outcome, value) -> FunctionCounter.builder("vaxline.import.rows", current,
                            c -> Optional.ofNullable(c.get().get(kind)).map(value::applyAsDouble).orElse(0.0))
                    .tag("kind", kind).tag("outcome", outcome)
                    .description("Rows of import files, by kind of file and outcome, across every import run against this store")
                    .register(registry));
        }
        return current;
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
