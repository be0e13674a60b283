package org.oerfed.graph;

import java.util.List;

/**
 * A batch of changes applied to the graph store in one transaction: all of them, or none.
 *
 * @param replaced         record graphs to store, each replacing any earlier graph of the same URI
 * @param deletedGraphUris record graphs to remove
 */
public record GraphChanges(List<RecordGraph> replaced, List<String> deletedGraphUris) {
    public GraphChanges {
        replaced = List.copyOf(replaced);
        deletedGraphUris = List.copyOf(deletedGraphUris);
    }

    public boolean isEmpty() {
        return replaced.isEmpty() && deletedGraphUris.isEmpty();
    }
}
