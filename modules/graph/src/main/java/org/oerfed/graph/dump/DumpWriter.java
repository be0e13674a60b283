package org.oerfed.graph.dump;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.oerfed.core.error.OerfedException;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.IndexJournal;
import org.oerfed.graph.ResourceDescriptions;
import org.oerfed.graph.ResourceIds;

/**
 * Writes a dump of the whole graph from one read transaction, so both files show the same moment: every
 * named graph as N-Quads, and every resource's description (as {@code GET /resource/{id}} gives it) as one
 * JSON-LD object a line, both gzip'd. Files are written under temporary names and moved into place, the
 * manifest last; then all but the newest {@code keep} dumps are removed. One dump at a time.
 */
public final class DumpWriter {
    static final String NQUADS = "application/n-quads";
    static final String JSON_LD_LINES = "application/x-ndjson+ld";

    private static final java.util.regex.Pattern LAYOUT = java.util.regex.Pattern.compile("\\R\\s*");
    private final GraphStore store;
    private final ResourceDescriptions descriptions;
    private final ResourceIds ids;
    private final DumpFolder folder;
    private final Clock clock;
    private final int keep;
    private final ReentrantLock writing = new ReentrantLock();

    /** @param keep how many dumps to keep, the newest; at least 1 */
    public DumpWriter(GraphStore store, ResourceDescriptions descriptions, ResourceIds ids, DumpFolder folder, Clock clock, int keep) {
        if (keep < 1) throw new IllegalArgumentException("oerfed.dumps.keep must be at least 1, not " + keep);
        this.store = store;
        this.descriptions = descriptions;
        this.ids = ids;
        this.folder = folder;
        this.clock = clock;
        this.keep = keep;
    }

    public DumpFolder folder() {
        return folder;
    }

    /**
     * Writes a dump now.
     *
     * @throws DumpInProgressException if another dump is being written
     * @throws OerfedException         SETUP if the dumps folder cannot be written
     */
    public Dump write() {
        if (!writing.tryLock()) throw new DumpInProgressException();
        try {
            Files.createDirectories(folder.dir());
            Instant created = clock.instant();
            String id = folder.nextId(created);
            Path quads = folder.dir().resolve(id + ".nq.gz");
            Path lines = folder.dir().resolve(id + ".jsonl.gz");
            Path quadsTemp = temp(quads);
            Path linesTemp = temp(lines);
            try {
                Dump dump = store.read(dataset -> {
                    long records = countRecords(dataset);
                    String quadsSha = gzip(quadsTemp, out -> writeQuads(dataset, out));
                    long[] resources = {0};
                    String linesSha = gzip(linesTemp, out -> resources[0] = writeLines(dataset, out));
                    return new Dump(id, created, records, resources[0], List.of(
                            new DumpFile(quads.getFileName().toString(), NQUADS, size(quadsTemp), quadsSha),
                            new DumpFile(lines.getFileName().toString(), JSON_LD_LINES, size(linesTemp), linesSha)));
                });
                DumpFolder.moveAtomically(quadsTemp, quads);
                DumpFolder.moveAtomically(linesTemp, lines);
                folder.publish(dump);
                folder.prune(keep);
                return dump;
            } finally {
                Files.deleteIfExists(quadsTemp);
                Files.deleteIfExists(linesTemp);
            }
        } catch (IOException | UncheckedIOException e) {
            throw OerfedException.setup("cannot write a dump to " + folder.dir().toAbsolutePath() + ": " + e.getMessage(), e);
        } finally {
            writing.unlock();
        }
    }

    private long countRecords(Dataset dataset) {
        long records = 0;
        for (Iterator<Node> graphs = dataset.asDatasetGraph().listGraphNodes(); graphs.hasNext(); ) {
            Node graph = graphs.next();
            if (graph.isURI() && ids.resourceIdOfRecordGraph(graph.getURI()).isPresent()) records++;
        }
        return records;
    }

    private static void writeQuads(Dataset dataset, OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        writer.start();
        Iterator<Quad> quads = dataset.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        // the index journal is OERfed's bookkeeping of its search index, not data
        quads.forEachRemaining(quad -> {
            if (!quad.getGraph().isURI() || !quad.getGraph().getURI().equals(IndexJournal.GRAPH_URI)) writer.quad(quad);
        });
        writer.finish();
    }

    private long writeLines(Dataset dataset, OutputStream out) throws IOException {
        long count = 0;
        for (String uri : descriptions.resourceUris(dataset)) {
            Model description = descriptions.describe(dataset, uri).orElse(null);
            if (description == null) continue;
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            RDFDataMgr.write(buffer, description, RDFFormat.JSONLD11_PRETTY); // compacted, with a context
            String json = buffer.toString(StandardCharsets.UTF_8);
            // JSON escapes line breaks inside strings, so a raw one and the indentation after it are layout
            out.write(LAYOUT.matcher(json).replaceAll("").strip().getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            count++;
        }
        return count;
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static String gzip(Path file, Body body) {
        MessageDigest sha256 = sha256();
        try (OutputStream raw = Files.newOutputStream(file);
             DigestOutputStream digest = new DigestOutputStream(new BufferedOutputStream(raw, 1 << 16), sha256);
             GZIPOutputStream gzip = new GZIPOutputStream(digest, 1 << 16)) {
            body.write(gzip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temp(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
