package vn.chibo.demo;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Wall-clock time spent in each phase of the demo load, for its log line: {@code stop("write")} adds
 * the time since the previous stop (or since creation) to the phase, so a loop can account its parts
 * as it goes.
 */
final class DemoPhases {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, long[]> nanos = new LinkedHashMap<>();
    private long last = System.nanoTime();
    private long lastCpu = cpu();

    /** Charges the time since the previous call to the phase. */
    void stop(String phase) {
        long now = System.nanoTime();
        long nowCpu = cpu();
        long[] spent = nanos.computeIfAbsent(phase, k -> new long[2]);
        spent[0] += now - last;
        spent[1] += nowCpu - lastCpu;
        last = now;
        lastCpu = nowCpu;
    }

    /** Each phase's wall-clock time, then the CPU time of the loading thread (the rest is waiting: disk, other processes). */
    @Override
    public String toString() {
        return nanos.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] / 1_000_000 + " ms"
                        + (e.getValue()[1] >= 0 ? " (cpu " + e.getValue()[1] / 1_000_000 + ")" : ""))
                .collect(Collectors.joining(", "));
    }

    private static long cpu() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }
}
