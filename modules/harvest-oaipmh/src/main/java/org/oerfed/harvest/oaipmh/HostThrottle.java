package org.oerfed.harvest.oaipmh;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Politeness towards partners: spaces the starts of requests to one host at least an interval apart,
 * whichever harvest sends them. Share one instance between every harvester of the JVM (the application
 * creates it once and passes it to each {@link OaiPmhHarvester}); two instances know nothing of each other.
 *
 * <p>Each caller reserves the next free slot of its host and then waits for it, so concurrent callers are
 * served in the order they asked, without holding a lock while waiting. Thread-safe.
 */
public final class HostThrottle {

    private final Map<String, Long> nextFreeNanos = new ConcurrentHashMap<>();
    private final Sleeper sleeper;
    private final LongSupplier nanoClock;

    /** A throttle that really waits, on the JVM's monotonic clock. */
    public HostThrottle() {
        this(Sleeper.real(), System::nanoTime);
    }

    HostThrottle(Sleeper sleeper, LongSupplier nanoClock) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    /**
     * Waits until a request to {@code host} may start: at least {@code interval} after the start of the
     * previous one that went through this throttle.
     *
     * @throws InterruptedException if interrupted while waiting; the slot stays taken
     */
    public void awaitTurn(String host, Duration interval) throws InterruptedException {
        Objects.requireNonNull(host, "host");
        long gap = interval.toNanos();
        if (gap <= 0) {
            return;
        }
        long now = nanoClock.getAsLong();
        long[] start = new long[1];
        nextFreeNanos.compute(host.toLowerCase(Locale.ROOT), (h, free) -> {
            // Compare by difference: nanoTime values may be negative or wrap.
            start[0] = free == null || free - now < 0 ? now : free;
            return start[0] + gap;
        });
        long wait = start[0] - now;
        if (wait > 0) {
            sleeper.sleep(Duration.ofNanos(wait));
        }
    }
}
