package org.oerfed.pipeline.harvest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.oerfed.core.harvest.HarvestRun;

/**
 * Per-source harvest meters: {@code oerfed.harvest.records} (tagged source and outcome: added, updated,
 * unchanged, deleted, failed), {@code oerfed.harvest.pages} and {@code oerfed.harvest.page.duration}
 * (source), {@code oerfed.harvest.runs} (source, status) and {@code oerfed.harvest.run.duration}.
 */
public final class HarvestMetrics {
    private final MeterRegistry registry;

    public HarvestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void page(String sourceId, HarvestRun.Counts counts, Duration took) {
        registry.counter("oerfed.harvest.pages", "source", sourceId).increment(counts.pages());
        records(sourceId, "added", counts.added());
        records(sourceId, "updated", counts.updated());
        records(sourceId, "unchanged", counts.unchanged());
        records(sourceId, "deleted", counts.deleted());
        records(sourceId, "failed", counts.failed());
        Timer.builder("oerfed.harvest.page.duration").tag("source", sourceId).register(registry).record(took);
    }

    void removed(String sourceId, long count) {
        records(sourceId, "deleted", count);
    }

    void run(HarvestRun run) {
        String status = run.status().name().toLowerCase();
        registry.counter("oerfed.harvest.runs", "source", run.sourceId(), "status", status).increment();
        Timer.builder("oerfed.harvest.run.duration").tag("source", run.sourceId()).tag("status", status).register(registry)
                .record(HarvestRunTracker.duration(run));
    }

    private void records(String sourceId, String outcome, long count) {
        if (count > 0) registry.counter("oerfed.harvest.records", "source", sourceId, "outcome", outcome).increment(count);
    }
}
