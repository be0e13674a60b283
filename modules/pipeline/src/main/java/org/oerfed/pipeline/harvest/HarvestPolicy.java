package org.oerfed.pipeline.harvest;

import java.time.Duration;
import java.util.Objects;

/**
 * When harvests run and how far back an incremental one looks.
 *
 * @param startupDelay how long after startup each source is first harvested
 * @param overlap      how far before the last complete run's end an incremental run starts, for records a
 *                     source dates late (e.g. indexed after their datestamp); records seen again unchanged
 *                     cost a lookup, not a write
 */
public record HarvestTiming(Duration startupDelay, Duration overlap) {
    public HarvestTiming {
        Objects.requireNonNull(startupDelay, "startupDelay");
        Objects.requireNonNull(overlap, "overlap");
    }
}
