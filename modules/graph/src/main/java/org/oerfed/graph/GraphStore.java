package org.oerfed.graph;

import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;

/**
 * Port: the store of the graph, OERfed's source of truth. One named graph per source record; the default
 * graph is the union of all named graphs, so that SPARQL without {@code GRAPH} sees everything.
 */
public interface GraphStore extends AutoCloseable {

    /** Applies every change in one write transaction. */
    void apply(GraphChanges changes);

    /** One record graph, if stored. */
    Optional<Model> recordGraph(String graphUri);

    /** Runs a read against a consistent snapshot of the whole dataset. */
    <T> T read(Function<Dataset, T> reader);

    @Override
    void close();
}
