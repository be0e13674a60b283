package org.oerfed.graph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** OERfed's own terms, for what schema.org, DC Terms and PROV-O do not say: how a record was harvested. */
public final class Oerfed {
    public static final String NS = "https://w3id.org/oerfed/ns#";

    /** A source record's named graph: what one partner said about one resource. */
    public static final Resource SourceRecord = ResourceFactory.createResource(NS + "SourceRecord");
    /** The configured source (partner) a record graph came from. */
    public static final Property source = ResourceFactory.createProperty(NS, "source");
    /** The id of that source, as in its configuration file. */
    public static final Property sourceId = ResourceFactory.createProperty(NS, "sourceId");
    /** The record's identifier at the source, e.g. its OAI identifier. */
    public static final Property recordIdentifier = ResourceFactory.createProperty(NS, "recordIdentifier");
    /** The source's own last-modified date of the record (the OAI datestamp). */
    public static final Property datestamp = ResourceFactory.createProperty(NS, "datestamp");
    /** The metadata format the record came in, e.g. oai_dc. */
    public static final Property metadataFormat = ResourceFactory.createProperty(NS, "metadataFormat");
    /** When the source last sent the record, changed or not; a full harvest removes records not seen since
     *  it started. */
    public static final Property lastSeen = ResourceFactory.createProperty(NS, "lastSeen");
    /** The resource the record graph describes. */
    public static final Property describes = ResourceFactory.createProperty(NS, "describes");
    /** A normalised identifier of the resource a record describes ({@code doi:…}, {@code hdl:…},
     *  {@code isbn:…}, {@code urn:…}, {@code url:…}): records of different sources that share one describe
     *  one resource. Written on the record node, by {@link org.oerfed.graph.merge.MatchKeys}. */
    public static final Property matchKey = ResourceFactory.createProperty(NS, "matchKey");
    /** When OERfed first stored the record; kept when the record changes. Orders records of equal priority. */
    public static final Property firstHarvested = ResourceFactory.createProperty(NS, "firstHarvested");
    /** In the index journal: a batch of changes left this resource to be (re-)indexed. */
    public static final Property reindex = ResourceFactory.createProperty(NS, "reindex");

    private Oerfed() {
    }
}
