package org.oerfed.graph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms OERfed uses, in the {@code http://schema.org/} namespace. Jena's {@code SchemaDO}
 * uses {@code https://schema.org/}, but schema.org's own JSON-LD context, and so every LRMI or AMB record a
 * partner publishes, expands to {@code http://}: one namespace for all of them keeps the graph joinable.
 */
public final class Schema {
    public static final String NS = "http://schema.org/";

    public static final Resource LearningResource = resource("LearningResource");
    public static final Resource MediaObject = resource("MediaObject");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource EducationalAudience = resource("EducationalAudience");

    public static final Property name = property("name");
    public static final Property description = property("description");
    public static final Property keywords = property("keywords");
    public static final Property inLanguage = property("inLanguage");
    public static final Property license = property("license");
    public static final Property url = property("url");
    public static final Property sameAs = property("sameAs");
    public static final Property identifier = property("identifier");
    public static final Property dateCreated = property("dateCreated");
    public static final Property learningResourceType = property("learningResourceType");
    public static final Property encodingFormat = property("encodingFormat");
    public static final Property dateModified = property("dateModified");
    public static final Property encoding = property("encoding");
    public static final Property contentUrl = property("contentUrl");
    public static final Property contentSize = property("contentSize");
    public static final Property mainEntityOfPage = property("mainEntityOfPage");
    public static final Property datePublished = property("datePublished");
    public static final Property creator = property("creator");
    public static final Property publisher = property("publisher");
    public static final Property about = property("about");
    public static final Property audience = property("audience");
    public static final Property contributor = property("contributor");
    public static final Property educationalLevel = property("educationalLevel");
    public static final Property typicalAgeRange = property("typicalAgeRange");
    public static final Property educationalRole = property("educationalRole");
    public static final Property interactivityType = property("interactivityType");
    public static final Property timeRequired = property("timeRequired");
    public static final Property duration = property("duration");
    public static final Property isBasedOn = property("isBasedOn");
    public static final Property isPartOf = property("isPartOf");
    public static final Property hasPart = property("hasPart");
    public static final Property version = property("version");
    public static final Property alternateName = property("alternateName");
    public static final Property affiliation = property("affiliation");
    public static final Property givenName = property("givenName");
    public static final Property familyName = property("familyName");
    public static final Property isAccessibleForFree = property("isAccessibleForFree");
    public static final Property spatialCoverage = property("spatialCoverage");

    private Schema() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
