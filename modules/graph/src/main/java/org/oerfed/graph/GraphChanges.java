package org.oerfed.graph;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A batch of changes applied to the graph store in one transaction: all of them, or none.
 *
 * @param replaced         record graphs to store, each replacing any earlier graph of the same URI
 * @param deletedGraphUris record graphs to remove
 * @param seenGraphUris    stored record graphs the source sent again unchanged: only their
 *                         {@code oerfed:lastSeen} is set to {@code seenAt}
 * @param seenAt           when those were seen
 */
public record GraphChanges(List<RecordGraph> replaced, List<String> deletedGraphUris, List<String> seenGraphUris,
                           Instant seenAt) {
    public GraphChanges {
        replaced = List.copyOf(replaced);
        deletedGraphUris = List.copyOf(deletedGraphUris);
        seenGraphUris = List.copyOf(seenGraphUris);
        Objects.requireNonNull(seenAt, "seenAt");
    }

    /** Replacements and deletions only. */
    public GraphChanges(List<RecordGraph> replaced, List<String> deletedGraphUris) {
        this(replaced, deletedGraphUris, List.of(), Instant.EPOCH);
    }

    public boolean isEmpty() {
        return replaced.isEmpty() && deletedGraphUris.isEmpty() && seenGraphUris.isEmpty();
    }
}
