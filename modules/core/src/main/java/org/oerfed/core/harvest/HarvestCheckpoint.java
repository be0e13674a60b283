package org.oerfed.core.harvest;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a source's harvests have come, stored after every committed page so that a harvest interrupted
 * by a crash resumes where it stopped.
 *
 * @param sourceId       the source
 * @param harvestedUntil every change up to this datestamp is stored (the last complete run's upper bound);
 *                       empty before the first complete run
 * @param inProgress     the run under way, if one was interrupted or is running
 * @param paused         whether the operator paused the source's scheduled runs; kept here so that a pause
 *                       outlives a restart
 */
public record HarvestCheckpoint(String sourceId, Optional<Instant> harvestedUntil, Optional<InProgress> inProgress, boolean paused) {

    public HarvestCheckpoint {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(harvestedUntil, "harvestedUntil");
        Objects.requireNonNull(inProgress, "inProgress");
    }

    public static HarvestCheckpoint none(String sourceId) {
        return new HarvestCheckpoint(sourceId, Optional.empty(), Optional.empty(), false);
    }

    public HarvestCheckpoint withInProgress(InProgress run) {
        return new HarvestCheckpoint(sourceId, harvestedUntil, Optional.of(run), paused);
    }

    public HarvestCheckpoint withPaused(boolean value) {
        return new HarvestCheckpoint(sourceId, harvestedUntil, inProgress, value);
    }

    /** The run completed: everything up to its window's end is stored, and nothing is in progress. */
    public HarvestCheckpoint completed(Instant until) {
        return new HarvestCheckpoint(sourceId, Optional.of(until), Optional.empty(), paused);
    }

    /**
     * A run under way.
     *
     * @param runId     the run
     * @param mode      full or incremental
     * @param request   its window; the resumption token is where the next page starts (empty: the window's
     *                  beginning)
     * @param started   when the run started (a full run removes what it has not seen since)
     * @param pagesDone pages committed so far
     */
    public record InProgress(String runId, HarvestMode mode, HarvestRequest request, Instant started, long pagesDone) {
        public InProgress {
            Objects.requireNonNull(runId, "runId");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(started, "started");
        }

        public InProgress next(Optional<String> token) {
            HarvestRequest at = token.map(request::resumedAt).orElseGet(request::restarted);
            return new InProgress(runId, mode, at, started, pagesDone + 1);
        }
    }
}
