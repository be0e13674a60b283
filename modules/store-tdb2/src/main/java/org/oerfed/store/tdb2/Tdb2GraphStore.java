package org.oerfed.store.tdb2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.NodeId;
import org.oerfed.core.error.OerfedException;
import org.oerfed.graph.GraphChangeWriter;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.StoreCompaction;
import org.oerfed.graph.concepts.VocabularyGraph;

/**
 * The graph store on a TDB2 database on disk. Writes are serialised by TDB2's single-writer transactions;
 * reads see a consistent snapshot and never block writes. The default graph is the union of the named
 * graphs.
 *
 * <p>A new database keeps four quad indexes instead of TDB2's six. Every named graph here holds one source
 * record, a few dozen quads, so any pattern with its graph bound is answered by reading that graph through
 * GSPO; the indexes that lead with the graph and then P or O (GPOS, GOSP) only cost writes. The three that
 * serve the union default graph (SPOG, POSG, OSPG) stay. Writing two fewer indexes makes a harvest about a
 * quarter faster, and storing is what bounds a harvest's speed. A database created with other indexes keeps
 * them: TDB2 records its layout when it creates a database.
 */
public final class Tdb2GraphStore implements GraphStore {
    static final String[] QUAD_INDEXES = {"GSPO", "SPOG", "POSG", "OSPG"};

    private final Dataset dataset;
    private final Path directory;

    private Tdb2GraphStore(Dataset dataset, Path directory) {
        this.dataset = dataset;
        this.directory = directory;
    }

    /** Opens the database in {@code directory} with the default node caches, creating it if absent. */
    public static Tdb2GraphStore open(Path directory) {
        return open(directory, Tdb2Settings.defaults());
    }

    /** Opens the database in {@code directory}, creating it if absent. */
    public static Tdb2GraphStore open(Path directory, Tdb2Settings settings) {
        try {
            Files.createDirectories(directory);
        } catch (java.io.IOException e) {
            throw OerfedException.setup("cannot create the TDB2 directory " + directory.toAbsolutePath(), e);
        }
        // the cache sizes apply to every opening; the index layout only to a database created now
        StoreParams params = StoreParams.builder()
                .quadIndexes(QUAD_INDEXES)
                .node2NodeIdCacheSize(settings.nodeCacheSize())
                .nodeId2NodeCacheSize(settings.nodeCacheSize())
                .build();
        Dataset dataset = DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(directory), params));
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Tdb2GraphStore(dataset, directory);
    }

    @Override
    public void apply(GraphChanges changes) {
        if (changes.isEmpty()) return;
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

    /** Writes the changes inside the caller's write transaction. */
    private void write(GraphChanges changes) {
        GraphChangeWriter.write(dataset, changes);
    }

    @Override
    public boolean installVocabulary(VocabularyGraph vocabulary) {
        Node graphName = NodeFactory.createURI(vocabulary.graphUri());
        Node hash = NodeFactory.createLiteralString(vocabulary.contentHash());
        Node hashProperty = VocabularyGraph.CONTENT_HASH.asNode();
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph quads = dataset.asDatasetGraph();
            if (quads.contains(graphName, graphName, hashProperty, hash)) return false;
            // quads, as for record graphs: no prefixes written into the dataset
            quads.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            vocabulary.model().getGraph().find().forEachRemaining(triple -> quads.add(graphName, triple.getSubject(),
                    triple.getPredicate(), triple.getObject()));
            quads.add(graphName, graphName, hashProperty, hash);
            return true;
        });
    }

    /**
     * The graph with each literal TDB2 keeps inside its node id (numbers, dates, booleans) in the form TDB2
     * reads it back in; every other term TDB2 stores as it is given.
     */
    @Override
    public Optional<Model> asStored(Model written) {
        Graph stored = GraphFactory.createDefaultGraph();
        written.getGraph().find().forEachRemaining(triple -> stored.add(triple.getSubject(), triple.getPredicate(),
                storedForm(triple.getObject())));
        return Optional.of(ModelFactory.createModelForGraph(stored));
    }

    private static Node storedForm(Node node) {
        if (!node.isLiteral()) return node;
        NodeId inline = NodeId.inline(node);
        return inline == null ? node : NodeId.extract(inline);
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

    /**
     * Copies the live data into a new generation of the database and deletes the old one: TDB2 never reuses
     * the blocks a transaction replaced, so a database harvested in many commits holds many times its data.
     */
    @Override
    public StoreCompaction compact() {
        long before = bytesOnDisk();
        long start = System.nanoTime();
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        return new StoreCompaction(before, bytesOnDisk(), java.time.Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The disk space the database takes. TDB2 grows its files in sparse 8 MB steps, so their length says
     * little: {@code du} counts the blocks really used, where it exists; elsewhere the length is the answer.
     */
    private long bytesOnDisk() {
        try {
            Process du = new ProcessBuilder("du", "-sk", directory.toAbsolutePath().toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && du.exitValue() == 0) {
                return Long.parseLong(out.strip().split("\\s+")[0]) * 1024;
            }
        } catch (java.io.IOException | NumberFormatException e) {
            // no du here: the length below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(Tdb2GraphStore::length).sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw OerfedException.setup("cannot measure the TDB2 directory " + directory.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static long length(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0; // gone while counted
        }
    }

    @Override
    public void close() {
        dataset.close();
    }
}
