package org.oerfed.graph;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.oerfed.graph.vocab.Oerfed;

/**
 * The index journal: which resources committed graph changes left to re-index. It lives in the graph store,
 * in the named graph {@value #GRAPH_URI}, so that it is written in the same transaction as the change it
 * records: a crash or a search engine that is down between the graph commit and the index write leaves the
 * entry, and a catch-up pass indexes it later. One triple per entry: {@code <urn:uuid:batch> oerfed:reindex <resource>}.
 */
public final class IndexJournal {
    /** The named graph that holds the journal. Not part of the published data: dumps leave it out. */
    public static final String GRAPH_URI = "https://w3id.org/oerfed/graph/index-journal";
    private static final Node GRAPH = NodeFactory.createURI(GRAPH_URI);

    private final GraphStore store;

    public IndexJournal(GraphStore store) {
        this.store = store;
    }

    /** A new batch's URI: every batch of changes journals under its own. */
    public static String newBatch() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    /** The quad that stores an entry; for {@link GraphStore} adapters. */
    public static Quad quad(JournalEntry entry) {
        return Quad.create(GRAPH, NodeFactory.createURI(entry.batch()), Oerfed.reindex.asNode(), NodeFactory.createURI(entry.resourceUri()));
    }

    /** At most {@code limit} entries waiting to be indexed, in no particular order. */
    public List<JournalEntry> pending(int limit) {
        return store.read(dataset -> {
            List<JournalEntry> entries = new ArrayList<>();
            Iterator<Quad> quads = dataset.asDatasetGraph().find(GRAPH, Node.ANY, Oerfed.reindex.asNode(), Node.ANY);
            while (quads.hasNext() && entries.size() < limit) {
                Quad quad = quads.next();
                if (quad.getSubject().isURI() && quad.getObject().isURI()) {
                    entries.add(new JournalEntry(quad.getSubject().getURI(), quad.getObject().getURI()));
                }
            }
            return entries;
        });
    }

    /** How many entries wait; for health and tests. */
    public long size() {
        return store.read(dataset -> {
            long count = 0;
            for (Iterator<Quad> quads = dataset.asDatasetGraph().find(GRAPH, Node.ANY, Oerfed.reindex.asNode(), Node.ANY); quads.hasNext(); quads.next()) {
                count++;
            }
            return count;
        });
    }

    /** Writes the journal lines of {@code changes} into a dataset inside the caller's write transaction; for adapters. */
    public static void write(DatasetGraph quads, GraphChanges changes) {
        changes.settled().forEach(entry -> quads.delete(quad(entry)));
        changes.journalled().forEach(entry -> quads.add(quad(entry)));
    }
}
