package org.oerfed.graph.dump;

import org.oerfed.graph.StoreCompaction;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.GraphStore;

/** A graph store on Jena's transactional in-memory dataset: TDB2 is not a dependency of this module. */
final class MemoryGraphStore implements GraphStore {
    private final Dataset dataset = DatasetFactory.createTxnMem();

    @Override
    public void apply(GraphChanges changes) {
        Txn.executeWrite(dataset, () -> {
            changes.deletedGraphUris().forEach(dataset::removeNamedModel);
            changes.replaced().forEach(g -> dataset.replaceNamedModel(g.graphUri(), g.model()));
        });
    }

    @Override
    public Optional<Model> recordGraph(String graphUri) {
        throw new UnsupportedOperationException("not needed by the dump tests");
    }

    @Override
    public <T> T read(Function<Dataset, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset));
    }

    /** Nothing to give back: the data lives in memory. */
    @Override
    public StoreCompaction compact() {
        return new StoreCompaction(0, 0, java.time.Duration.ZERO);
    }

    @Override
    public void close() {
        dataset.close();
    }
}
