package org.oerfed.pipeline.harvest;

import java.time.Duration;
import java.util.Objects;

/**
 * When harvests run, how far back an incremental one looks, and how much is committed at once.
 *
 * @param startupDelay how long after startup each source is first harvested
 * @param overlap      how far before the last complete run's end an incremental run starts, for records a
 *                     source dates late (e.g. indexed after their datestamp); records seen again unchanged
 *                     cost a lookup, not a write
 * @param commitEvery  how many records are gathered, page by page, before they are committed to the graph
 *                     and the index together with the checkpoint; a crash loses at most this many records'
 *                     work, never records
 */
public record HarvestPolicy(Duration startupDelay, Duration overlap, int commitEvery) {
    public HarvestPolicy {
        Objects.requireNonNull(startupDelay, "startupDelay");
        Objects.requireNonNull(overlap, "overlap");
        if (commitEvery < 1) throw new IllegalArgumentException("commitEvery must be at least 1, was " + commitEvery);
    }
}
