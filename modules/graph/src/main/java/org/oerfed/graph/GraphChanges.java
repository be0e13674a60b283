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
 * @param journalled       index journal entries to add: the resources these changes leave to re-index
 * @param settled          index journal entries to remove: the index holds what they asked for
 */
public record GraphChanges(List<RecordGraph> replaced, List<String> deletedGraphUris, List<String> seenGraphUris,
                           Instant seenAt, List<JournalEntry> journalled, List<JournalEntry> settled) {
    public GraphChanges {
        replaced = List.copyOf(replaced);
        deletedGraphUris = List.copyOf(deletedGraphUris);
        seenGraphUris = List.copyOf(seenGraphUris);
        Objects.requireNonNull(seenAt, "seenAt");
        journalled = List.copyOf(journalled);
        settled = List.copyOf(settled);
    }

    /** Record changes that touch no index journal. */
    public GraphChanges(List<RecordGraph> replaced, List<String> deletedGraphUris, List<String> seenGraphUris, Instant seenAt) {
        this(replaced, deletedGraphUris, seenGraphUris, seenAt, List.of(), List.of());
    }

    /** Replacements and deletions only. */
    public GraphChanges(List<RecordGraph> replaced, List<String> deletedGraphUris) {
        this(replaced, deletedGraphUris, List.of(), Instant.EPOCH);
    }

    /** Removes index journal entries only. */
    public static GraphChanges settling(List<JournalEntry> settled) {
        return new GraphChanges(List.of(), List.of(), List.of(), Instant.EPOCH, List.of(), settled);
    }

    /** These changes, also removing {@code moreSettled} from the index journal. */
    public GraphChanges settlingAlso(List<JournalEntry> moreSettled) {
        if (moreSettled.isEmpty()) return this;
        List<JournalEntry> all = new java.util.ArrayList<>(settled);
        all.addAll(moreSettled);
        return new GraphChanges(replaced, deletedGraphUris, seenGraphUris, seenAt, journalled, all);
    }

    public boolean isEmpty() {
        return replaced.isEmpty() && deletedGraphUris.isEmpty() && seenGraphUris.isEmpty() && journalled.isEmpty() && settled.isEmpty();
    }
}
