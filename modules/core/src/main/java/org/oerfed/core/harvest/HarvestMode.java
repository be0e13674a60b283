package org.oerfed.core.harvest;

/** Whether a run asks for everything or only for what changed since the last complete run. */
public enum HarvestMode {
    /** Everything the source has; for sources that do not report deletions reliably, records the source no
     *  longer has are removed at the end. */
    FULL,
    /** What changed since the checkpoint, with a safe overlap; a source's first run is always full. */
    INCREMENTAL
}
