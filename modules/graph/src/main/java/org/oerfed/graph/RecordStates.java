package org.oerfed.graph;

import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.oerfed.graph.vocab.Oerfed;

/**
 * What the store knows about source records, so that a harvest can tell new, changed and unchanged records
 * apart and find the records a source no longer has.
 */
public final class RecordStates {
    private final GraphStore store;

    public RecordStates(GraphStore store) {
        this.store = store;
    }

    /** The stored datestamp of each of these record graphs that is stored. */
    public Map<String, Instant> datestamps(Collection<String> graphUris) {
        if (graphUris.isEmpty()) return Map.of();
        // one index lookup per graph: a page's worth of records, so no query to parse and plan
        return store.read(dataset -> {
            Map<String, Instant> stamps = new HashMap<>();
            DatasetGraph quads = dataset.asDatasetGraph();
            for (String uri : graphUris) {
                Node graph = NodeFactory.createURI(uri);
                Iterator<Quad> found = quads.find(graph, graph, Oerfed.datestamp.asNode(), Node.ANY);
                if (found.hasNext()) {
                    Node stamp = found.next().getObject();
                    if (stamp.isLiteral()) stamps.put(uri, instant(stamp.getLiteralValue()));
                }
            }
            return stamps;
        });
    }

    /** Every record graph of a source. */
    public List<String> recordGraphsOf(String sourceId) {
        String query = "PREFIX oerfed: <" + Oerfed.NS + "> SELECT ?g WHERE { GRAPH ?g { ?g oerfed:sourceId \"" + escape(sourceId) + "\" } }";
        return store.read(dataset -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                List<String> graphs = new java.util.ArrayList<>();
                execution.execSelect().forEachRemaining(row -> graphs.add(row.getResource("g").getURI()));
                return graphs;
            }
        });
    }

    /** The record graphs of a source whose record was last seen before {@code since}. */
    public List<String> notSeenSince(String sourceId, Instant since) {
        String query = "PREFIX oerfed: <" + Oerfed.NS + "> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                + "SELECT ?g WHERE { GRAPH ?g { ?g oerfed:sourceId \"" + escape(sourceId) + "\" . "
                + "OPTIONAL { ?g oerfed:lastSeen ?seen } } "
                + "FILTER (!BOUND(?seen) || ?seen < \"" + since + "\"^^xsd:dateTime) }";
        return store.read(dataset -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                List<String> graphs = new java.util.ArrayList<>();
                execution.execSelect().forEachRemaining(row -> graphs.add(row.getResource("g").getURI()));
                return graphs;
            }
        });
    }

    private static Instant instant(Object value) {
        if (value instanceof XSDDateTime dateTime) return dateTime.asCalendar().toInstant();
        return Instant.parse(String.valueOf(value));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
