package org.oerfed.index.elasticsearch;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter: before retry {@code n} (from 1) wait a random time up to
 * {@code initial × 2^(n-1)}, capped at {@code max}. The randomness spreads the retries of many writers that
 * a busy cluster turned away at the same moment.
 */
record Backoff(Duration initial, Duration max) {

    Duration beforeRetry(int retry) {
        long cap = initial.toMillis() << Math.min(retry - 1, 30);
        if (cap <= 0 || cap > max.toMillis()) cap = max.toMillis();
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(cap + 1));
    }

    /** Waits before retry {@code n}; an interrupt ends the wait and is kept on the thread. */
    void sleepBeforeRetry(int retry) throws InterruptedException {
        Thread.sleep(beforeRetry(retry).toMillis());
    }
}
