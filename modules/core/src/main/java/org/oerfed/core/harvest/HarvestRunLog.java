package org.oerfed.core.harvest;

import java.util.List;
import java.util.Optional;

/** Port: where harvest runs are recorded, so that an operator can see what each source's harvests did. */
public interface HarvestRunLog {

    /** Records a run's latest state; a run is identified by its source and start time. */
    void record(HarvestRun run);

    /** The most recent run of a source, finished or not. */
    Optional<HarvestRun> latest(String sourceId);

    /** Every source's most recent run. */
    List<HarvestRun> latestRuns();
}
