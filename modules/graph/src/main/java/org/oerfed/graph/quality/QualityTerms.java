package org.oerfed.graph.quality;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.oerfed.graph.vocab.Oerfed;

/** The OERfed terms validation and quality use, in OERfed's namespace. */
public final class QualityTerms {
    /** Links a record graph to the SHACL validation report of what it says, kept inside the same graph. */
    public static final Property validation = ResourceFactory.createProperty(Oerfed.NS, "validation");
    /**
     * On a concept of the licence vocabulary: {@code true} when the licence is open by the UNESCO definition
     * of OER. The vocabulary graphs in the store are the one place that decides which licence is open.
     */
    public static final Property openLicence = ResourceFactory.createProperty(Oerfed.NS, "openLicence");

    private QualityTerms() {
    }
}
