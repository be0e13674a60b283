package org.oerfed.core.harvest;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One harvest of one source: what it did and how it ended. Its errors are kept apart
 * ({@link HarvestRunLog#errors}), since there may be many.
 *
 * @param runId     unique among the source's runs, sortable by start time
 * @param sourceId  the source harvested
 * @param mode      full or incremental
 * @param status    how it ended, or RUNNING
 * @param started   when it started
 * @param ended     when it ended; empty while running
 * @param counts    what it did to the stored records
 * @param message   the run's own error when it failed; empty otherwise
 * @param quality   the quality of the source's stored records measured at the end of the run; empty while
 *                  running, and when it could not be measured
 */
public record HarvestRun(
        String runId,
        String sourceId,
        HarvestMode mode,
        RunStatus status,
        Instant started,
        Optional<Instant> ended,
        Counts counts,
        Optional<String> message,
        Optional<QualitySummary> quality) {

    public HarvestRun {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(ended, "ended");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(message, "message");
        // a run stored before runs carried a quality reads back without one
        quality = quality == null ? Optional.empty() : quality;
    }

    /** A run without a quality measure: while it runs, or when the quality is added later. */
    public HarvestRun(String runId, String sourceId, HarvestMode mode, RunStatus status, Instant started,
                      Optional<Instant> ended, Counts counts, Optional<String> message) {
        this(runId, sourceId, mode, status, started, ended, counts, message, Optional.empty());
    }

    /** This run with the quality measured at its end. */
    public HarvestRun withQuality(QualitySummary summary) {
        return new HarvestRun(runId, sourceId, mode, status, started, ended, counts, message, Optional.of(summary));
    }

    /**
     * @param pages     pages committed
     * @param added     records stored for the first time
     * @param updated   records the source changed since the last harvest
     * @param unchanged records the source sent again unchanged
     * @param deleted   records removed: marked deleted by the source, or gone from it in a full harvest
     * @param failed    records that could not be stored (see the run's errors)
     */
    public record Counts(long pages, long added, long updated, long unchanged, long deleted, long failed) {
        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(pages + other.pages, added + other.added, updated + other.updated,
                    unchanged + other.unchanged, deleted + other.deleted, failed + other.failed);
        }
    }
}
