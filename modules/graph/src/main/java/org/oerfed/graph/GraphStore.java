package org.oerfed.graph;

import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.oerfed.graph.concepts.VocabularyGraph;

/**
 * Port: the store of the graph, OERfed's source of truth. One named graph per source record, one per
 * vocabulary (named by its scheme URI), and the {@link IndexJournal index journal}; the default graph is the union of all named graphs, so that SPARQL
 * without {@code GRAPH} sees every record and every concept label.
 */
public interface GraphStore extends AutoCloseable {

    /** Applies every change in one write transaction. */
    void apply(GraphChanges changes);

    /**
     * Plans changes from the stored data and applies them in the same write transaction: no other write
     * can come between what the planner read and what it wrote. Merging needs it: two sources harvested at
     * once each find the other's record of a shared resource, whichever commits second.
     *
     * @param planner reads the dataset as this transaction sees it (it must not write to it) and says what to change
     * @return the changes applied
     */
    default GraphChanges apply(Function<Dataset, GraphChanges> planner) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot plan changes inside a write transaction");
    }

    /**
     * A graph just written, as reading it back from this store would give it: for a caller that committed it
     * and would otherwise read it again at once (the index write after a batch), so that it need not. A store
     * that keeps some literals as values (TDB2: numbers, dates, booleans) gives them in the form it reads them
     * back in. Empty where the store cannot say; the caller then reads.
     */
    default Optional<Model> asStored(Model written) {
        return Optional.empty();
    }

    /** One record graph, if stored. */
    Optional<Model> recordGraph(String graphUri);

    /**
     * Stores a vocabulary's graph under its scheme URI, replacing the stored one, unless the stored one
     * carries the same {@link VocabularyGraph#contentHash() content hash} ({@link VocabularyGraph#CONTENT_HASH}
     * on the scheme): installing the vocabularies at every startup then costs a lookup, not a rewrite.
     *
     * @return whether the graph was written
     */
    default boolean installVocabulary(VocabularyGraph vocabulary) {
        throw new UnsupportedOperationException(getClass().getName() + " does not store vocabulary graphs");
    }

    /**
     * Gives back the disk space that earlier versions of the data take, for stores that keep them (TDB2 copies
     * every block a transaction changes and keeps the old one). Reads go on meanwhile; writes wait.
     */
    StoreCompaction compact();

    /** Runs a read against a consistent snapshot of the whole dataset. */
    <T> T read(Function<Dataset, T> reader);

    @Override
    void close();
}
