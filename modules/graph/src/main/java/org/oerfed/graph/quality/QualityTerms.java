package org.oerfed.graph.quality;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.oerfed.graph.vocab.Oerfed;

/** The OERfed terms validation and quality use, in OERfed's namespace. */
public final class QualityTerms {
    /** On a record graph: the shapes it was validated against ({@link RecordShapes#SHAPES_URI}). */
    public static final Property validatedAgainst = ResourceFactory.createProperty(Oerfed.NS, "validatedAgainst");
    /** On a record graph: a shape what the record says fails; the shape gives severity, name and message. */
    public static final Property failsShape = ResourceFactory.createProperty(Oerfed.NS, "failsShape");
    /**
     * On a concept of the licence vocabulary: {@code true} when the licence is open by the UNESCO definition
     * of OER. The vocabulary graphs in the store are the one place that decides which licence is open.
     */
    public static final Property openLicence = ResourceFactory.createProperty(Oerfed.NS, "openLicence");

    private QualityTerms() {
    }
}
