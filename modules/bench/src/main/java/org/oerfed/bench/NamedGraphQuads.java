package org.oerfed.bench;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Counts the quads of a dataset's named graphs, where OERfed keeps everything: the default graph a TDB2
 * store answers with is the union of the named graphs, which would count every quad twice.
 */
final class NamedGraphQuads {
    private NamedGraphQuads() {
    }

    /** Call inside a read transaction. */
    static long count(DatasetGraph dataset) {
        return Iter.count(dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
    }
}
