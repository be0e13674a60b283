package org.oerfed.pipeline.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.oerfed.graph.JournalEntry;

/**
 * Index journal entries whose resources the search index already holds, but which are still in the journal:
 * the ingester removes them in its next write transaction instead of committing a removal of their own, which
 * saves a commit per batch. Until then a crash leaves them in the journal, and the catch-up pass indexes
 * their resources again, which changes nothing. Safe for the ingesters of several sources at once.
 */
public final class PendingSettlements {
    private final List<JournalEntry> pending = new ArrayList<>();

    /** Entries the index has made durable. */
    public synchronized void add(Collection<JournalEntry> settled) {
        pending.addAll(settled);
    }

    /**
     * Every entry waiting, which the caller now removes from the journal; it {@link #add gives them back} if
     * its write fails.
     */
    public synchronized List<JournalEntry> take() {
        List<JournalEntry> taken = List.copyOf(pending);
        pending.clear();
        return taken;
    }

    /** How many entries wait; for tests. */
    public synchronized int size() {
        return pending.size();
    }
}
