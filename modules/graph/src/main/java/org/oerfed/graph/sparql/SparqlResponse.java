package org.oerfed.graph.sparql;

/**
 * A SPARQL query's answer, serialised.
 *
 * @param body        the serialised result
 * @param contentType its media type, with charset
 */
public record SparqlResponse(byte[] body, String contentType) {
}
