package org.oerfed.store.tdb2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.oerfed.core.error.OerfedException;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.vocab.Oerfed;

/**
 * The graph store on a TDB2 database on disk. Writes are serialised by TDB2's single-writer transactions;
 * reads see a consistent snapshot and never block writes. The default graph is the union of the named
 * graphs.
 */
public final class Tdb2GraphStore implements GraphStore {
    private final Dataset dataset;

    private Tdb2GraphStore(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Opens the database in {@code directory}, creating it if absent. */
    public static Tdb2GraphStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw OerfedException.setup("cannot create the TDB2 directory " + directory.toAbsolutePath(), e);
        }
        Dataset dataset = TDB2Factory.connectDataset(directory.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Tdb2GraphStore(dataset);
    }

    @Override
    public void apply(GraphChanges changes) {
        if (changes.isEmpty()) return;
        Txn.executeWrite(dataset, () -> {
            for (String graphUri : changes.deletedGraphUris()) {
                if (dataset.containsNamedModel(graphUri)) dataset.removeNamedModel(graphUri);
            }
            Calendar seenAt = GregorianCalendar.from(changes.seenAt().atZone(ZoneOffset.UTC));
            for (String graphUri : changes.seenGraphUris()) {
                Model graph = dataset.getNamedModel(graphUri);
                Resource record = graph.createResource(graphUri);
                graph.removeAll(record, Oerfed.lastSeen, null);
                graph.addLiteral(record, Oerfed.lastSeen, graph.createTypedLiteral(seenAt));
            }
            for (RecordGraph graph : changes.replaced()) {
                // replace, not merge: a record graph holds exactly what the source said last time
                if (dataset.containsNamedModel(graph.graphUri())) dataset.removeNamedModel(graph.graphUri());
                dataset.addNamedModel(graph.graphUri(), graph.model());
            }
        });
    }

    @Override
    public Optional<Model> recordGraph(String graphUri) {
        return Txn.calculateRead(dataset, () -> {
            if (!dataset.containsNamedModel(graphUri)) return Optional.<Model>empty();
            Model copy = ModelFactory.createDefaultModel();
            copy.add(dataset.getNamedModel(graphUri));
            return Optional.of(copy);
        });
    }

    @Override
    public <T> T read(Function<Dataset, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset));
    }

    @Override
    public void close() {
        dataset.close();
    }
}
