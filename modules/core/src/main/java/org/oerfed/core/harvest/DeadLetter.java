package org.oerfed.core.harvest;

import java.time.Instant;
import java.util.Objects;

/**
 * A record that could not be stored, kept with its raw payload so that it can be examined, sent to the
 * partner, and replayed once the cause is fixed.
 *
 * @param sourceId         the source
 * @param runId            the run that met it
 * @param recordIdentifier its identifier at the source
 * @param reason           what was wrong
 * @param payload          the record as the source sent it
 * @param at               when
 */
public record DeadLetter(String sourceId, String runId, String recordIdentifier, String reason, String payload, Instant at) {
    public DeadLetter {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(recordIdentifier, "recordIdentifier");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(at, "at");
    }
}
