package org.oerfed.graph;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
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
        String values = graphUris.stream().distinct().map(u -> "<" + u + ">").collect(Collectors.joining(" "));
        String query = "SELECT ?g ?d WHERE { VALUES ?g { " + values + " } GRAPH ?g { ?g <" + Oerfed.datestamp.getURI() + "> ?d } }";
        return store.read(dataset -> {
            Map<String, Instant> stamps = new HashMap<>();
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet results = execution.execSelect();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    stamps.put(row.getResource("g").getURI(), instant(row.getLiteral("d").getValue()));
                }
            }
            return stamps;
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
