package org.oerfed.harvest.sitemap;

import java.time.Duration;

/**
 * Waits. The harvester waits between requests to one host (politeness) and before retries; it does so through
 * this port so that tests can see how long it was asked to wait without waiting.
 */
@FunctionalInterface
public interface Sleeper {

    /** Blocks the calling thread for {@code duration}, which is positive. */
    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps the calling thread for real. */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
}
