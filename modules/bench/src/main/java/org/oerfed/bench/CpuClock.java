package org.oerfed.bench;

import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * CPU time spent so far, in nanoseconds, by the benchmark's own process and, when there is one on this
 * machine, by the search engine's: on a machine whose cores all parties share, CPU time per document or per
 * query says what a throughput or a latency under load is bound by, where wall-clock figures only say
 * what came out.
 */
final class CpuClock {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final LongSupplier engine;

    /** @param engine the engine process's CPU nanoseconds so far; zero when it is this process */
    CpuClock(LongSupplier engine) {
        this.engine = engine;
    }

    /** This process's CPU nanoseconds so far, every thread. */
    long own() {
        return os.getProcessCpuTime();
    }

    /** The engine process's CPU nanoseconds so far (zero for an engine inside this process). */
    long engine() {
        return engine.getAsLong();
    }

    /**
     * Waits until both processes together have used no more than a tenth of a core for two seconds in a row,
     * at most {@code limitSeconds}: an engine goes on merging the segments of a bulk load after it says the
     * documents are in, and a query run timed meanwhile measures the merges too.
     *
     * @return what to print: how long it waited, and whether it gave up
     */
    String awaitQuiet(int limitSeconds) throws InterruptedException {
        long start = System.nanoTime();
        int quietSeconds = 0;
        while (quietSeconds < 2 && System.nanoTime() - start < limitSeconds * 1_000_000_000L) {
            long before = own() + engine();
            Thread.sleep(1_000);
            quietSeconds = own() + engine() - before < 100_000_000L ? quietSeconds + 1 : 0;
        }
        double waited = (System.nanoTime() - start) / 1e9;
        return quietSeconds >= 2
                ? String.format("waited %.0f s for the engine's merges after indexing to end", waited)
                : String.format("gave up waiting for the engine's merges after %.0f s: the runs below measure them too", waited);
    }

    /** The CPU nanoseconds of the calling thread so far. */
    static long thread() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** How many cores this process may use. */
    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
