package org.oerfed.core.harvest;

import java.time.Instant;
import java.util.Objects;
import org.oerfed.core.error.Fault;

/**
 * One thing that went wrong in a run, as an operator forwards it to the partner.
 *
 * @param at               when
 * @param fault            who is at fault
 * @param recordIdentifier the record's identifier at the source; empty when the whole run failed
 * @param message          what was wrong and what was expected
 */
public record HarvestError(Instant at, Fault fault, String recordIdentifier, String message) {
    public HarvestError {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(fault, "fault");
        recordIdentifier = Objects.requireNonNullElse(recordIdentifier, "");
        Objects.requireNonNull(message, "message");
    }
}
