package org.vaxline.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Memory while serving: the heap's peak (the sum of the heap pools' peaks since {@link #reset}) and the process's
 * resident size from /proc/self/status (VmHWM, its peak, reset too where the kernel allows; VmRSS, now).
 */
final class MemoryProbe {
    private boolean residentPeakReset;

    void reset() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            // "5" resets the peak resident size (Linux 4.0+), so VmHWM covers the serving phases only.
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
            residentPeakReset = true;
        } catch (IOException | RuntimeException e) {
            residentPeakReset = false;
        }
    }

    Map<String, Object> read() {
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Map<String, Object> memory = new LinkedHashMap<>();
        memory.put("peakHeapMiB", heapPeak / (1024 * 1024));
        memory.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Map<String, Long> status = status();
        memory.put("vmHwmMiB", status.getOrDefault("VmHWM", -1L) / 1024);
        memory.put("vmRssMiB", status.getOrDefault("VmRSS", -1L) / 1024);
        memory.put("vmHwmSince", residentPeakReset ? "serving phases" : "process start (the kernel refused to reset it)");
        return memory;
    }

    /** The kB figures of /proc/self/status; empty where there is none (not Linux). */
    private static Map<String, Long> status() {
        Map<String, Long> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                String[] parts = line.split("\\s+");
                if (parts.length >= 3 && parts[2].equals("kB")) {
                    values.put(parts[0].replace(":", ""), Long.parseLong(parts[1]));
                }
            }
        } catch (IOException | RuntimeException e) {
            return values;
        }
        return values;
    }
}
