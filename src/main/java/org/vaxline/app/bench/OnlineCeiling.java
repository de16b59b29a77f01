package org.vaxline.app.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the machine could give at the online run's CPU per dose, once the JIT compiler has finished: the answer to "what
 * limits the online figure" that the bench prints at every run (issue 13). Two bounds, the lower one wins:
 * <ul>
 *   <li>the cores: all of them, shared by the server's threads and the bench's own clients on the same machine;</li>
 *   <li>the one dose writer: a single thread, so at most one second of its CPU a second.</li>
 * </ul>
 * The compiler's CPU is left out: it falls to nothing once the code is compiled, and a server on a peak day has run
 * for hours. Only for a store inside this process (SQLite): a database server's own CPU is not in this process's
 * threads, so on PostgreSQL the cores' bound would be too high.
 *
 * @param writerMicros   the dose writer's CPU per dose
 * @param serverMicros   the server's threads' CPU per dose, the writer's included
 * @param clientMicros   the bench's clients' CPU per dose
 * @param compilerMicros the JIT compiler's CPU per dose in the measured time (left out of the bounds)
 */
record OnlineCeiling(long writerMicros, long serverMicros, long clientMicros, long compilerMicros, int cores) {
    /** The kinds of thread as {@link ThreadCpu} names them: each number in a thread's name folded into N. */
    private static final String WRITER_THREADS = "doses-writer-N";
    private static final String CLIENT_THREADS = LoadRun.CLIENT_THREAD + "N";
    private static final String COMPILER_THREADS = "CompilerThre";

    /** @param microsPerDose CPU per dose by kind of thread, as {@link ThreadCpu#microsPerUnitSince} tells it */
    static OnlineCeiling of(Map<String, Long> microsPerDose, int cores) {
        long writer = 0;
        long server = 0;
        long clients = 0;
        long compiler = 0;
        for (Map.Entry<String, Long> e : microsPerDose.entrySet()) {
            String thread = e.getKey();
            long micros = e.getValue();
            if (thread.contains(COMPILER_THREADS)) {
                compiler += micros;
            } else if (thread.equals(CLIENT_THREADS)) {
                clients += micros;
            } else {
                server += micros;
                if (thread.equals(WRITER_THREADS)) {
                    writer += micros;
                }
            }
        }
        return new OnlineCeiling(writer, server, clients, compiler, cores);
    }

    /** Doses a second the cores allow: all their time over the CPU every dose takes, server and clients. */
    long coresAllow() {
        return perSecond(cores, serverMicros + clientMicros);
    }

    /** Doses a second the one writer allows. */
    long writerAllows() {
        return perSecond(1, writerMicros);
    }

    /** Which bound is lower: "the dose writer" or "the cores". */
    String limit() {
        return writerAllows() <= coresAllow() ? "the dose writer" : "the cores";
    }

    /** The figures for the run's output and its JSON. */
    Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("writerMicrosPerDose", writerMicros);
        figures.put("serverMicrosPerDose", serverMicros);
        figures.put("clientMicrosPerDose", clientMicros);
        figures.put("compilerMicrosPerDose", compilerMicros);
        figures.put("coresAllowDosesPerSecond", coresAllow());
        figures.put("writerAllowsDosesPerSecond", writerAllows());
        figures.put("limit", limit());
        return figures;
    }

    /** Zero CPU measured (too short a run for the 10 ms ticks): no bound, shown as 0. */
    private static long perSecond(int threads, long microsPerDose) {
        return microsPerDose <= 0 ? 0 : Math.round(threads * 1_000_000.0 / microsPerDose);
    }
}
