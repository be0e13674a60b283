package org.oerfed.graph.sparql;

import java.util.List;

/**
 * One SPARQL protocol query request, as the HTTP layer received it.
 *
 * @param query            the query text, or null if none was sent
 * @param defaultGraphUris {@code default-graph-uri} parameters: when given, the default graph is the merge
 *                         of these stored graphs instead of the union of all, and any FROM in the query is ignored
 * @param namedGraphUris   {@code named-graph-uri} parameters: when given, only these graphs are named graphs
 * @param accept           the Accept header, or null
 * @param format           a {@code format} parameter, which wins over Accept: a short name such as {@code csv}
 *                         or {@code ttl}, or a media type; null if none
 */
public record SparqlRequest(String query, List<String> defaultGraphUris, List<String> namedGraphUris, String accept,
                            String format) {
    public SparqlRequest {
        defaultGraphUris = defaultGraphUris == null ? List.of() : List.copyOf(defaultGraphUris);
        namedGraphUris = namedGraphUris == null ? List.of() : List.copyOf(namedGraphUris);
    }

    /** A query over the whole dataset, its format chosen by Accept. */
    public static SparqlRequest of(String query, String accept) {
        return new SparqlRequest(query, List.of(), List.of(), accept, null);
    }
}
