package org.oerfed.core.harvest;

import java.util.List;
import java.util.Optional;

/**
 * Port: where harvest runs, their errors and the quality of each source's records are recorded, so that an
 * operator can see what each run did and what a partner's metadata lacks.
 */
public interface HarvestRunLog {

    /** Records a run's latest state, replacing the earlier state of the same run. */
    void record(HarvestRun run);

    /** Adds errors to a run. */
    void addErrors(String sourceId, String runId, List<HarvestError> errors);

    /** A source's runs, newest first. */
    List<HarvestRun> runs(String sourceId);

    Optional<HarvestRun> run(String sourceId, String runId);

    /** A run's errors, in the order they happened. */
    List<HarvestError> errors(String sourceId, String runId);

    /**
     * Keeps the quality of a source's stored records as measured at the end of its latest run, replacing the
     * one measured before.
     */
    void recordQuality(SourceQuality quality);

    /** The quality of a source's stored records as last measured, if it ever was. */
    Optional<SourceQuality> quality(String sourceId);

    /** The most recent run of a source, finished or not. */
    default Optional<HarvestRun> latest(String sourceId) {
        return runs(sourceId).stream().findFirst();
    }
}
