package org.oerfed.graph.concepts;

import org.apache.jena.rdf.model.Resource;

/**
 * A format-independent step after a normaliser has described a resource: links the values it wrote to
 * concepts, aligns the resource to frameworks. Every statement an enricher adds says which rule made it
 * where a reader could ask why.
 */
public interface RecordEnricher {

    /** Adds to {@code resource}'s model; never removes what the source said. */
    void enrich(Resource resource);
}
