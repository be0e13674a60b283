package org.oerfed.core.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the index rebuild stands.
 *
 * @param status    none yet, running, completed or failed
 * @param started   when the running or last rebuild started
 * @param finished  when the last rebuild ended
 * @param documents documents written to the new index (so far, while running)
 * @param refused   documents the search engine refused
 * @param error     why the last rebuild failed; empty otherwise
 */
public record RebuildState(Status status, Optional<Instant> started, Optional<Instant> finished, long documents,
                           long refused, String error) {

    public enum Status { NONE, RUNNING, COMPLETED, FAILED }

    public static final RebuildState NONE = new RebuildState(Status.NONE, Optional.empty(), Optional.empty(), 0, 0, "");

    public RebuildState {
        Objects.requireNonNull(status, "status");
        error = Objects.requireNonNullElse(error, "");
    }
}
