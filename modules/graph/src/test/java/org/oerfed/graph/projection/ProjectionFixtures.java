package org.oerfed.graph.projection;

import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.concepts.Vocabularies;

/** Record graphs written as Turtle, and the bundled vocabularies, loaded once: building them takes seconds. */
final class ProjectionFixtures {
    static final Vocabularies VOCABULARIES = Vocabularies.bundled();
    static final ConceptCatalogue CONCEPTS = ConceptCatalogue.of(VOCABULARIES);
    static final String RESOURCE = "https://oer.example.org/resource/r1";
    static final SourceCountries COUNTRIES = id -> Optional.ofNullable(Map.of("sn-partner", "SN", "pe-partner", "pe").get(id));

    static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX dct:    <http://purl.org/dc/terms/>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX oerfed: <https://w3id.org/oerfed/ns#>
            PREFIX field:  <https://w3id.org/oerfed/vocab/isced-f-2013/>
            PREFIX level:  <https://w3id.org/oerfed/vocab/isced-2011/>
            PREFIX type:   <https://w3id.org/oerfed/vocab/resource-type/>
            PREFIX lang:   <https://w3id.org/oerfed/vocab/language/>
            """;

    private ProjectionFixtures() {
    }

    /**
     * The record graph {@code <graph/<sourceId>>} of {@link #RESOURCE}, harvested from {@code sourceId}.
     *
     * @param resource Turtle of the resource's properties, as after {@code <RESOURCE>}
     */
    static RecordGraph record(String sourceId, String resource) {
        String graphUri = "https://oer.example.org/graph/" + sourceId;
        return new RecordGraph("r1", graphUri, turtle("<" + graphUri + "> a oerfed:SourceRecord ; oerfed:describes <" + RESOURCE
                + "> ; oerfed:sourceId \"" + sourceId + "\" .\n<" + RESOURCE + "> a schema:LearningResource ;\n" + resource + " ."));
    }

    static Model turtle(String body) {
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(PREFIXES + body), null, "TURTLE");
        return model;
    }

    static SearchDocumentProjection projection() {
        return new SearchDocumentProjection(CONCEPTS, COUNTRIES);
    }
}
