package org.oerfed.harvest.oaipmh;

import java.time.Duration;

/** Waits: the one place the harvester passes time, so that tests can see the waits it asks for. */
@FunctionalInterface
interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** Really waits, on the calling thread. */
    static Sleeper real() {
        return duration -> {
            if (!duration.isNegative() && !duration.isZero()) {
                Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));
            }
        };
    }
}
