package org.oerfed.pipeline.harvest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.oerfed.core.harvest.HarvestCheckpoint;
import org.oerfed.core.harvest.HarvestMode;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.harvest.HarvestRunLog;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.harvest.RunStatus;

/**
 * One run under way: counts what it does, records every step in the run log so that progress is visible,
 * and knows where in the source's window it is.
 */
final class HarvestRunTracker {
    private final String sourceId;
    private final HarvestRunLog log;
    private final Clock clock;
    private final Instant started;
    private HarvestCheckpoint.InProgress position;
    private HarvestRun.Counts counts = HarvestRun.Counts.ZERO;
    private final List<RecordPage> gathered = new ArrayList<>();
    private long gatheredRecords;

    HarvestRunTracker(String sourceId, HarvestCheckpoint.InProgress position, HarvestRunLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
        this.started = clock.instant();
        this.position = position;
        this.sourceId = sourceId;
        log.record(snapshot(RunStatus.RUNNING, Optional.empty()));
    }

    synchronized HarvestCheckpoint.InProgress position() {
        return position;
    }

    synchronized void moveTo(HarvestCheckpoint.InProgress next) {
        position = next;
    }

    /** Holds a fetched page until it is committed with others. */
    synchronized void gather(RecordPage page) {
        gathered.add(page);
        gatheredRecords += page.records().size();
    }

    synchronized long gatheredRecords() {
        return gatheredRecords;
    }

    synchronized List<RecordPage> takeGathered() {
        List<RecordPage> pages = List.copyOf(gathered);
        gathered.clear();
        gatheredRecords = 0;
        return pages;
    }

    synchronized void add(PageOutcome outcome) {
        counts = counts.plus(outcome.counts());
        log.addErrors(sourceId, position.runId(), outcome.errors());
        log.record(snapshot(RunStatus.RUNNING, Optional.empty()));
    }

    synchronized void addRemoved(long removed) {
        counts = counts.plus(new HarvestRun.Counts(0, 0, 0, 0, removed, 0));
    }

    synchronized long recordsSeen() {
        return counts.added() + counts.updated() + counts.unchanged() + counts.failed();
    }

    synchronized HarvestRun completed() {
        return end(counts.failed() == 0 ? RunStatus.COMPLETED : RunStatus.COMPLETED_WITH_FAILURES, Optional.empty());
    }

    synchronized HarvestRun ended(RunStatus status, String message) {
        return end(status, Optional.of(message));
    }

    static Duration duration(HarvestRun run) {
        return Duration.between(run.started(), run.ended().orElse(run.started()));
    }

    private HarvestRun end(RunStatus status, Optional<String> message) {
        HarvestRun run = snapshot(status, message);
        log.record(run);
        return run;
    }

    private HarvestRun snapshot(RunStatus status, Optional<String> message) {
        Optional<Instant> ended = status == RunStatus.RUNNING ? Optional.empty() : Optional.of(clock.instant());
        HarvestMode mode = position.mode();
        return new HarvestRun(position.runId(), sourceId, mode, status, started, ended, counts, message);
    }
}
