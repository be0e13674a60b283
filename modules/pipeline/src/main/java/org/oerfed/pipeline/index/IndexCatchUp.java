package org.oerfed.pipeline.index;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.oerfed.graph.IndexJournal;
import org.oerfed.graph.JournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catch-up pass: indexes every resource the index journal still names, because the search engine was
 * down or slow when its change was committed, or OERfed stopped between the graph commit and the index
 * write. Runs at startup and on a schedule ({@code oerfed.search.catch-up-interval}); the graph is the truth,
 * so after a pass the index is the projection of the graph as of the pass.
 */
public final class IndexCatchUp {
    private static final Logger LOG = LoggerFactory.getLogger(IndexCatchUp.class);
    /** Resources per index write: as many as a harvest commits at once. */
    static final int CHUNK = 1000;

    private final IndexJournal journal;
    private final ResourceIndexer indexer;

    public IndexCatchUp(IndexJournal journal, ResourceIndexer indexer) {
        this.journal = journal;
        this.indexer = indexer;
    }

    /**
     * Indexes the journal's resources until it holds nothing but those whose projection fails.
     *
     * @return how many resources were written to or removed from the index
     * @throws org.oerfed.core.error.OerfedException SETUP when the search index cannot be written; what was
     *                                               indexed before stays settled, the rest stays journaled
     */
    public long run() {
        Set<JournalEntry> failing = new HashSet<>();
        long indexed = 0;
        while (true) {
            List<JournalEntry> chunk = journal.pending(CHUNK + failing.size()).stream().filter(e -> !failing.contains(e)).limit(CHUNK).toList();
            if (chunk.isEmpty()) break;
            IndexPass pass = indexer.index(chunk);
            indexed += pass.resources();
            failing.addAll(pass.unprojectable());
        }
        if (indexed > 0 || !failing.isEmpty()) {
            LOG.info("Index catch-up: {} resources indexed from the journal{}", indexed,
                    failing.isEmpty() ? "" : ", " + failing.size() + " entries left whose projection fails");
        }
        return indexed;
    }
}
