package org.oerfed.pipeline.harvest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.harvest.HarvestRunLog;
import org.oerfed.core.harvest.RunStatus;

/** Counts what one run does and records each step of it in the run log, so that progress is visible. */
final class HarvestRunTracker {
    private final String sourceId;
    private final HarvestRunLog log;
    private final Clock clock;
    private final Instant started;
    private long pages;
    private long stored;
    private long deleted;
    private final List<String> errors = new ArrayList<>();

    HarvestRunTracker(String sourceId, HarvestRunLog log, Clock clock) {
        this.sourceId = sourceId;
        this.log = log;
        this.clock = clock;
        this.started = clock.instant();
        log.record(snapshot(RunStatus.RUNNING, Optional.empty()));
    }

    synchronized void add(PageOutcome outcome) {
        pages++;
        stored += outcome.stored();
        deleted += outcome.deleted();
        errors.addAll(outcome.errors());
        log.record(snapshot(RunStatus.RUNNING, Optional.empty()));
    }

    synchronized HarvestRun completed() {
        RunStatus status = errors.isEmpty() ? RunStatus.COMPLETED : RunStatus.COMPLETED_WITH_FAILURES;
        HarvestRun run = snapshot(status, Optional.of(clock.instant()));
        log.record(run);
        return run;
    }

    synchronized HarvestRun failed(Throwable cause) {
        errors.add(String.valueOf(cause.getMessage()));
        HarvestRun run = snapshot(RunStatus.FAILED, Optional.of(clock.instant()));
        log.record(run);
        return run;
    }

    static Duration duration(HarvestRun run) {
        return Duration.between(run.started(), run.ended().orElse(run.started()));
    }

    private HarvestRun snapshot(RunStatus status, Optional<Instant> ended) {
        long failed = status == RunStatus.FAILED ? errors.size() - 1L : errors.size();
        return new HarvestRun(sourceId, status, started, ended, pages, stored, deleted, failed, errors);
    }
}
