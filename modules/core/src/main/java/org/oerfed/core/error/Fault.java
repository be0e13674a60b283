package org.oerfed.core.error;

/** Who is at fault when something fails, which decides what happens next. */
public enum Fault {
    /** One record is bad: skip it, report it, go on with the run. */
    RECORD,
    /** The partner's endpoint misbehaves: retry, and fail the run if it persists. */
    SOURCE,
    /** OERfed is misconfigured or its own storage fails: stop and tell the operator. */
    SETUP
}
