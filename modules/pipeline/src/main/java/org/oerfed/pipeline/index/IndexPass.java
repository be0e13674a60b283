package org.oerfed.pipeline.index;

import java.util.List;
import java.util.Map;
import org.oerfed.graph.JournalEntry;

/**
 * What one pass over journal entries did.
 *
 * @param upserted      resources whose document was written
 * @param deleted       resources no record describes any more, whose document was removed
 * @param unprojectable entries left in the journal because their resource could not be projected (logged)
 * @param rejected      why the search engine refused the document of a resource, by resource id: such a
 *                      document is not retried, since the same document would be refused again; the next
 *                      change to the resource journals it anew
 */
public record IndexPass(int upserted, int deleted, List<JournalEntry> unprojectable, Map<String, String> rejected) {
    /** A pass that did nothing. */
    public static final IndexPass NONE = new IndexPass(0, 0, List.of(), Map.of());

    public IndexPass {
        unprojectable = List.copyOf(unprojectable);
        rejected = Map.copyOf(rejected);
    }

    /** This pass and another, added up. */
    public IndexPass plus(IndexPass other) {
        List<JournalEntry> left = new java.util.ArrayList<>(unprojectable);
        left.addAll(other.unprojectable);
        Map<String, String> refused = new java.util.LinkedHashMap<>(rejected);
        refused.putAll(other.rejected);
        return new IndexPass(upserted + other.upserted, deleted + other.deleted, left, refused);
    }

    public int resources() {
        return upserted + deleted;
    }
}
