package org.oerfed.pipeline.harvest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.harvest.HarvestRunLog;

/** Keeps each source's latest run in memory; runs are lost on restart (persistent run history comes later). */
public final class InMemoryHarvestRunLog implements HarvestRunLog {
    private final Map<String, HarvestRun> latest = new ConcurrentHashMap<>();

    @Override
    public void record(HarvestRun run) {
        latest.put(run.sourceId(), run);
    }

    @Override
    public Optional<HarvestRun> latest(String sourceId) {
        return Optional.ofNullable(latest.get(sourceId));
    }

    @Override
    public List<HarvestRun> latestRuns() {
        return latest.values().stream().sorted(Comparator.comparing(HarvestRun::sourceId)).toList();
    }
}
