package org.oerfed.graph;

import java.util.Objects;
import org.apache.jena.rdf.model.Model;

/**
 * What one source said about one resource, with its provenance: stored as one named graph.
 *
 * @param resourceId the resource's id
 * @param graphUri   the named graph's URI
 * @param model      the triples: the resource's description and the graph's provenance
 */
public record RecordGraph(String resourceId, String graphUri, Model model) {
    public RecordGraph {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(graphUri, "graphUri");
        Objects.requireNonNull(model, "model");
    }
}
