package org.oerfed.core.harvest;

/** Port: where checkpoints are kept; a save is durable when it returns. */
public interface HarvestCheckpoints {

    HarvestCheckpoint load(String sourceId);

    void save(HarvestCheckpoint checkpoint);
}
