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

    /** The CPU nanoseconds of the calling thread so far. */
    static long thread() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** How many cores this process may use. */
    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
