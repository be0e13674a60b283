package org.oerfed.graph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The few PROV-O terms OERfed uses for provenance (Jena ships no PROV vocabulary class). */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS, "generatedAtTime");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");

    private Prov() {
    }
}
