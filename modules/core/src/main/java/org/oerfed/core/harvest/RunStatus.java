package org.oerfed.core.harvest;

/** How a harvest run ended, or that it has not yet. */
public enum RunStatus {
    RUNNING,
    /** Every record was stored. */
    COMPLETED,
    /** The run reached the end of the source, but some records could not be stored. */
    COMPLETED_WITH_FAILURES,
    /** The run stopped early: the source or OERfed's setup failed. */
    FAILED,
    /** OERfed stopped (shut down or crashed) during the run; the next run resumes it. */
    INTERRUPTED
}
