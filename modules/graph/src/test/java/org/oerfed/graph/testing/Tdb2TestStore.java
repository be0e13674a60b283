package org.oerfed.graph.testing;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.oerfed.graph.GraphChangeWriter;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.StoreCompaction;

/**
 * The graph store on a real TDB2 database, as small as the graph module's tests (quality, dumps) need (the store-tdb2 module
 * depends on this one): one named graph per record, union default graph, and a way to add a vocabulary graph.
 */
public final class Tdb2TestStore implements GraphStore {
    private final Dataset dataset;

    public Tdb2TestStore(Path directory) {
        dataset = TDB2Factory.connectDataset(Location.create(directory));
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    @Override
    public void apply(GraphChanges changes) {
        Txn.executeWrite(dataset, () -> write(changes));
    }

    @Override
    public GraphChanges apply(Function<Dataset, GraphChanges> planner) {
        return Txn.calculateWrite(dataset, () -> {
            GraphChanges changes = planner.apply(dataset);
            write(changes);
            return changes;
        });
    }

    private void write(GraphChanges changes) {
        GraphChangeWriter.write(dataset, changes);
    }

    /** Stores a graph that is not a source record, such as a vocabulary. */
    public void putGraph(String graphUri, Model model) {
        Txn.executeWrite(dataset, () -> dataset.addNamedModel(graphUri, model));
    }

    @Override
    public Optional<Model> recordGraph(String graphUri) {
        return Txn.calculateRead(dataset, () -> {
            if (!dataset.containsNamedModel(graphUri)) return Optional.<Model>empty();
            return Optional.of(ModelFactory.createDefaultModel().add(dataset.getNamedModel(graphUri)));
        });
    }

    @Override
    public <T> T read(Function<Dataset, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset));
    }

    /** Not needed by these tests. */
    @Override
    public StoreCompaction compact() {
        return new StoreCompaction(0, 0, java.time.Duration.ZERO);
    }

    @Override
    public void close() {
        dataset.close();
    }
}
