package org.oerfed.harvest.oaipmh;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: before retry {@code n} (from 1) wait a uniformly random time
 * between zero and {@code min(max, base × 2^(n-1))}, so that harvesters that failed together do not come
 * back together.
 */
final class Backoff {

    private final Duration base;
    private final Duration max;
    private final RandomGenerator random;

    Backoff(Duration base, Duration max, RandomGenerator random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    /** The ceiling of the wait before retry {@code retry}, without jitter. */
    Duration ceiling(int retry) {
        int doublings = Math.min(Math.max(retry - 1, 0), 30);
        long nanos = base.toNanos();
        long ceiling = nanos > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : nanos << doublings;
        return Duration.ofNanos(Math.min(ceiling, max.toNanos()));
    }

    /** The wait before retry {@code retry}: uniformly random in [0, ceiling]. */
    Duration delay(int retry) {
        long ceiling = ceiling(retry).toNanos();
        return ceiling == 0 ? Duration.ZERO : Duration.ofNanos(random.nextLong(ceiling + 1));
    }
}
