package org.oerfed.core.harvest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One harvest of one source: what it did and how it ended.
 *
 * @param sourceId the source harvested
 * @param status   how it ended, or RUNNING
 * @param started  when it started
 * @param ended    when it ended; empty while running
 * @param pages    pages fetched and stored
 * @param stored   records stored (new or updated)
 * @param deleted  records removed because the source marked them deleted
 * @param failed   records that could not be stored
 * @param errors   one line per failure, naming the record and the reason; the run's own error last
 */
public record HarvestRun(
        String sourceId,
        RunStatus status,
        Instant started,
        Optional<Instant> ended,
        long pages,
        long stored,
        long deleted,
        long failed,
        List<String> errors) {

    public HarvestRun {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(ended, "ended");
        errors = List.copyOf(errors);
    }
}
