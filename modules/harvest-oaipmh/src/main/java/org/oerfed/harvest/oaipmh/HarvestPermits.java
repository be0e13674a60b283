package org.oerfed.harvest.oaipmh;

import java.lang.ref.Cleaner;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;

/**
 * A cap on how many harvests run at once in this JVM, whatever their sources, so that a schedule firing
 * for many sources together cannot open a connection to each at the same time. Share one instance between
 * every harvester.
 *
 * <p>An iterator from {@link OaiPmhHarvester#pages} takes a permit when it fetches its first page and gives
 * it back when it returns its last page, when a page fails (the iterator then ends), or when it is closed
 * ({@link java.io.Closeable}). An iterator abandoned half-way without {@code close()} gives its permit back
 * when the garbage collector finds it unreachable: a backstop, whose timing is the collector's, not a way
 * to end harvests.
 */
public final class HarvestPermits {

    /** The cap {@link OaiPmhHarvester#OaiPmhHarvester(OaiPmhSettings)} uses: 4 harvests at once. */
    public static final int DEFAULT_MAX_CONCURRENT_HARVESTS = 4;
    /** The wait {@link OaiPmhHarvester#OaiPmhHarvester(OaiPmhSettings)} uses: 30 minutes. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(30);

    private final Semaphore permits;
    private final int max;
    private final Duration maxWait;
    private final Cleaner cleaner = Cleaner.create();

    /**
     * @param maxConcurrentHarvests how many harvests may run at once; at least 1
     * @param maxWait               how long a harvest waits for a free permit before it fails
     */
    public HarvestPermits(int maxConcurrentHarvests, Duration maxWait) {
        if (maxConcurrentHarvests < 1) {
            throw new IllegalArgumentException("maxConcurrentHarvests must be at least 1, was " + maxConcurrentHarvests);
        }
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative, was " + maxWait);
        }
        this.max = maxConcurrentHarvests;
        this.permits = new Semaphore(maxConcurrentHarvests, true);
    }

    /** How many more harvests could start now. */
    public int available() {
        return permits.availablePermits();
    }

    /**
     * Takes a permit for a harvest of {@code sourceId}, waiting up to the configured time, and ties it to
     * {@code holder}: if the holder becomes unreachable before the permit is released, it is released then.
     *
     * @throws OerfedException SETUP when no permit comes free in time (too many sources harvest at once for
     *                         the cap); the partner is not at fault
     */
    Permit acquire(String sourceId, Object holder) {
        try {
            if (!permits.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new OerfedException(Fault.SETUP, sourceId, null, "no harvest slot came free within " + maxWait
                        + ": all " + max + " are taken; raise the cap or spread the sources' schedules");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OerfedException.source(sourceId, "interrupted while waiting for a harvest slot", e);
        }
        Permit permit = new Permit(permits);
        permit.cleanable = cleaner.register(holder, permit::release);
        return permit;
    }

    /** One taken permit; releasing it twice gives back one. */
    static final class Permit {
        private final Semaphore permits;
        private final AtomicBoolean released = new AtomicBoolean();
        private Cleaner.Cleanable cleanable;

        private Permit(Semaphore permits) {
            this.permits = permits;
        }

        void release() {
            if (released.compareAndSet(false, true)) {
                permits.release();
            }
        }

        /** Releases the permit now and forgets the holder. */
        void close() {
            release();
            if (cleanable != null) {
                cleanable.clean();
            }
        }
    }
}
