package org.oerfed.core.harvest;

/**
 * Port: what an operator can do to a source's harvests. Every method takes a configured source's id and
 * throws {@link java.util.NoSuchElementException} for any other.
 */
public interface HarvestControl {

    /** Starts a run now, unless one is going; returns at once. */
    void trigger(String sourceId, HarvestMode mode);

    /** Stops the source's scheduled runs until {@link #resume}; a run under way finishes. */
    void pause(String sourceId);

    void resume(String sourceId);

    boolean paused(String sourceId);
}
