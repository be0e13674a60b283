package org.oerfed.graph;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.oerfed.graph.concepts.VocabularyGraph;

/**
 * A graph store that forwards every call to another: the base of decorators that time or fail some calls
 * (benchmarks, tests) and override only those.
 */
public abstract class ForwardingGraphStore implements GraphStore {
    private final GraphStore delegate;

    protected ForwardingGraphStore(GraphStore delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void apply(GraphChanges changes) {
        delegate.apply(changes);
    }

    @Override
    public GraphChanges apply(Function<Dataset, GraphChanges> planner) {
        return delegate.apply(planner);
    }

    @Override
    public Optional<Model> asStored(Model written) {
        return delegate.asStored(written);
    }

    @Override
    public Optional<Model> recordGraph(String graphUri) {
        return delegate.recordGraph(graphUri);
    }

    @Override
    public boolean installVocabulary(VocabularyGraph vocabulary) {
        return delegate.installVocabulary(vocabulary);
    }

    @Override
    public StoreCompaction compact() {
        return delegate.compact();
    }

    @Override
    public <T> T read(Function<Dataset, T> reader) {
        return delegate.read(reader);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
