package org.oerfed.bench;

import java.util.Arrays;

/**
 * What one load run measured: percentiles of per-request latency and the throughput.
 *
 * @param requests how many requests were timed
 * @param seconds  wall-clock time of the whole run
 * @param p50      median latency, milliseconds
 * @param p95      95th percentile, milliseconds
 * @param p99      99th percentile, milliseconds
 */
record Latencies(int requests, double seconds, double p50, double p95, double p99) {

    static Latencies of(long[] nanos, double seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, seconds, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    double qps() {
        return requests / seconds;
    }

    /** Nearest-rank percentile. */
    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    @Override
    public String toString() {
        return String.format("p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   %7.1f queries/s   (%,d queries)",
                p50, p95, p99, qps(), requests);
    }
}
