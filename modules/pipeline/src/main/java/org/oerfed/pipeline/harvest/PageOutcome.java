package org.oerfed.pipeline.harvest;

import java.util.List;
import org.oerfed.core.harvest.HarvestError;
import org.oerfed.core.harvest.HarvestRun;

/**
 * What storing one page did.
 *
 * @param counts what happened to the page's records (pages = 1)
 * @param errors one per record that could not be stored
 */
public record PageOutcome(HarvestRun.Counts counts, List<HarvestError> errors) {
    public PageOutcome {
        errors = List.copyOf(errors);
    }
}
