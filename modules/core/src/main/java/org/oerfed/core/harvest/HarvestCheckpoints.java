package org.oerfed.core.harvest;

import java.util.function.UnaryOperator;

/** Port: where checkpoints are kept; a change is durable when it returns. */
public interface HarvestCheckpoints {

    HarvestCheckpoint load(String sourceId);

    /**
     * Changes a source's checkpoint as one step, so that a harvest moving it on and an operator pausing the
     * source never undo each other.
     *
     * @return the checkpoint as saved
     */
    HarvestCheckpoint update(String sourceId, UnaryOperator<HarvestCheckpoint> change);
}
