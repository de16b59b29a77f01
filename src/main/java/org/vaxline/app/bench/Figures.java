package org.vaxline.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run's figures, each beside the bare reference measured in the same run: printed as a table and written as JSON. */
final class Figures {
    private final Map<String, Object> run = new LinkedHashMap<>();
    private final List<Map<String, Object>> figures = new ArrayList<>();

    void describe(String key, Object value) {
        run.put(key, value);
    }

    /** A throughput (per second) beside the bare one; the ratio is ours over bare. */
    void rate(String name, String unit, double value, double bare) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("unit", unit + "/s");
        f.put("perSecond", round(value));
        f.put("barePerSecond", round(bare));
        f.put("ratioToBare", ratio(bare <= 0 ? Double.NaN : value / bare));
        figures.add(f);
    }

    /** Requests timed under load beside the bare reference; the ratio is our p99 over its p99. */
    void timed(String name, Latencies.Summary ours, Latencies.Summary bare) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("requests", ours.count());
        f.put("failures", ours.failures());
        f.put("perSecond", round(ours.perSecond()));
        f.put("p50Millis", round(ours.p50Millis()));
        f.put("p99Millis", round(ours.p99Millis()));
        f.put("barePerSecond", round(bare.perSecond()));
        f.put("bareP50Millis", round(bare.p50Millis()));
        f.put("bareP99Millis", round(bare.p99Millis()));
        f.put("ratioToBare", ratio(bare.p99Millis() <= 0 ? Double.NaN : ours.p99Millis() / bare.p99Millis()));
        // the collector's stops while ours was measured: a p99 near the longest is the collector's tail, not the store's
        f.put("gcPauses", ours.pauses().count());
        f.put("gcPauseMillis", ours.pauses().totalMillis());
        f.put("gcLongestPauseMillis", ours.pauses().longestMillis());
        figures.add(f);
    }

    void memory(Map<String, Object> memory) {
        run.put("memory", memory);
    }

    List<Map<String, Object>> figures() {
        return figures;
    }

    void print(PrintWriter out) {
        out.println();
        run.forEach((k, v) -> out.println(k + ": " + v));
        out.println();
        out.printf("%-34s %14s %10s %10s   %14s %10s %10s   %8s   %12s%n", "figure", "per second", "p50 ms", "p99 ms",
                "bare /s", "bare p50", "bare p99", "ratio", "GC max ms");
        for (Map<String, Object> f : figures) {
            out.printf("%-34s %14s %10s %10s   %14s %10s %10s   %8s   %12s%n", f.get("name"),
                    fmt(f.get("perSecond")), fmt(f.get("p50Millis")), fmt(f.get("p99Millis")),
                    fmt(f.get("barePerSecond")), fmt(f.get("bareP50Millis")), fmt(f.get("bareP99Millis")), fmt(f.get("ratioToBare")),
                    pauses(f));
        }
        out.println("(ratio: throughput ours/bare; timed requests p99 ours/bare. GC max: the longest garbage-collector pause"
                + " while ours was measured, and how many there were)");
        out.flush();
    }

    void writeJson(Path file) {
        Map<String, Object> all = new LinkedHashMap<>(run);
        all.put("figures", figures);
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), all);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String pauses(Map<String, Object> figure) {
        Object longest = figure.get("gcLongestPauseMillis");
        return longest == null ? "" : longest + " (" + figure.get("gcPauses") + ")";
    }

    private static String fmt(Object value) {
        if (value == null) {
            return "-";
        }
        double d = ((Number) value).doubleValue();
        if (Double.isNaN(d)) {
            return "-";
        }
        return d >= 100 ? String.format("%,.0f", d) : d >= 0.01 || d == 0 ? String.format("%.2f", d) : String.format("%.2g", d);
    }

    /** A ratio to three significant digits, so that 0.00098 does not print as 0. */
    private static Double ratio(double value) {
        // boxed on both sides: round answers null for no figure, which the conditional would otherwise unbox
        return Double.isNaN(value) || Double.isInfinite(value) || value == 0 ? round(value)
                : Double.valueOf(new java.math.BigDecimal(value).round(new java.math.MathContext(3)).doubleValue());
    }

    /** Two decimals; null (not NaN, which JSON cannot hold) when there is no figure. */
    private static Double round(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : Math.round(value * 100) / 100.0;
    }
}
