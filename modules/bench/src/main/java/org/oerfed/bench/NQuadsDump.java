package org.oerfed.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.oerfed.graph.GraphStore;

/**
 * Writes every quad of a store's named graphs to an N-Quads file, for the bulk loader to load the very quads
 * the ingest stored. Only named graphs: the default graph of a TDB2 store is their union.
 */
final class NQuadsDump {
    private NQuadsDump() {
    }

    /** @return the quads written */
    static long write(GraphStore store, Path file) {
        return store.read(dataset -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
                writer.start();
                long quads = 0;
                Iterator<Quad> all = dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
                while (all.hasNext()) {
                    writer.quad(all.next());
                    quads++;
                }
                writer.finish();
                return quads;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        });
    }
}
