package org.oerfed.graph.concepts;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

/** Writes a concept scheme the project generates (rather than ships as Turtle) in the shape every scheme shares. */
final class SchemeWriter {
    private final Model model = ModelFactory.createDefaultModel();
    private final Resource scheme;

    SchemeWriter(Vocabulary vocabulary, String englishTitle) {
        model.setNsPrefix("skos", SKOS.uri);
        model.setNsPrefix("dct", DCTerms.NS);
        scheme = model.createResource(vocabulary.schemeUri(), SKOS.ConceptScheme)
                .addProperty(DCTerms.title, englishTitle, "en");
    }

    /** A top concept of the scheme with this URI and notation. */
    Resource concept(String uri, String notation) {
        Resource concept = model.createResource(uri, SKOS.Concept)
                .addProperty(SKOS.inScheme, scheme)
                .addProperty(SKOS.topConceptOf, scheme)
                .addProperty(SKOS.notation, notation);
        scheme.addProperty(SKOS.hasTopConcept, concept);
        return concept;
    }

    /** Adds a language-tagged label unless blank or already there. */
    void label(Resource concept, Property property, String text, String language) {
        if (text == null || text.isBlank()) return;
        concept.addProperty(property, model.createLiteral(text.strip(), language));
    }

    /** Adds a label without language (codes and names written the same in every language). */
    void label(Resource concept, Property property, String text) {
        if (text == null || text.isBlank()) return;
        concept.addProperty(property, text.strip());
    }

    void link(Resource concept, Property property, String uri) {
        concept.addProperty(property, model.createResource(uri));
    }

    Model model() {
        return model;
    }
}
