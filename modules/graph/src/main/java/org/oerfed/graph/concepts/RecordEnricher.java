package org.oerfed.graph.concepts;

import org.apache.jena.rdf.model.Resource;

/**
 * A format-independent step after a normaliser has described a resource: links the values it wrote to
 * concepts, aligns the resource to frameworks. Every statement an enricher adds says which rule made it
 * where a reader could ask why.
 */
public interface RecordEnricher {

    /**
     * Adds to {@code resource}'s model. Never loses what the source said: a value it replaces is one a concept
     * it links to has as a label, code or matching URI.
     */
    void enrich(Resource resource);
}
