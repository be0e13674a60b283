package org.oerfed.pipeline.index;

import java.util.List;
import org.oerfed.graph.JournalEntry;

/**
 * What one pass over journal entries did.
 *
 * @param upserted      resources whose document was written
 * @param deleted       resources no record describes any more, whose document was removed
 * @param unprojectable entries left in the journal because their resource could not be projected (logged)
 */
public record IndexPass(int upserted, int deleted, List<JournalEntry> unprojectable) {
    /** A pass that did nothing. */
    public static final IndexPass NONE = new IndexPass(0, 0, List.of());

    public IndexPass {
        unprojectable = List.copyOf(unprojectable);
    }

    /** This pass and another, added up. */
    public IndexPass plus(IndexPass other) {
        List<JournalEntry> left = new java.util.ArrayList<>(unprojectable);
        left.addAll(other.unprojectable);
        return new IndexPass(upserted + other.upserted, deleted + other.deleted, left);
    }

    public int resources() {
        return upserted + deleted;
    }
}
