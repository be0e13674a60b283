package org.oerfed.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Schema;

/**
 * A small graph written for these tests: three resources from two sources, a
 * language vocabulary graph, and a filler graph large enough that a cross product over it runs for hours.
 */
final class LinkedDataFixture {
    static final String LANGUAGES = "https://w3id.org/oerfed/vocab/language";
    static final String FRENCH = LANGUAGES + "/fr";
    static final String FILLER = "urn:oerfed-test:filler";
    static final int FILLER_TRIPLES = 1500;
    /** A title that would run a script if it were not escaped. */
    static final String HOSTILE_TITLE = "Fractions <script>alert('x')</script> & more";

    private final ResourceIds ids;

    LinkedDataFixture(ResourceIds ids) {
        this.ids = ids;
    }

    String fractions() {
        return ids.resourceId("alpha", "oai:alpha:fractions");
    }

    String volcanoes() {
        return ids.resourceId("alpha", "oai:alpha:volcanoes");
    }

    String water() {
        return ids.resourceId("beta", "oai:beta:water");
    }

    /**
     * Starts the app on a random port with its data and sources folders under {@code dir}, under
     * {@code baseUri}, with {@code extra} configuration, and loads the fixture into its graph store.
     */
    static Started startApp(Path dir, String baseUri, Map<String, Object> extra) throws IOException {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("micronaut.server.port", -1);
        properties.put("oerfed.data-dir", dir.resolve("data").toString());
        properties.put("oerfed.sources-dir", Files.createDirectories(dir.resolve("sources")).toString());
        properties.put("oerfed.base-uri", baseUri);
        ApplicationContext context = ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext();
        LinkedDataFixture fixture = new LinkedDataFixture(context.getBean(ResourceIds.class));
        fixture.load(context.getBean(GraphStore.class));
        return new Started(context, context.getBean(EmbeddedServer.class).getURI(), fixture);
    }

    /** A running app with the fixture loaded. */
    record Started(ApplicationContext context, URI server, LinkedDataFixture fixture) {
    }

    void load(GraphStore store) {
        List<RecordGraph> graphs = new ArrayList<>();
        graphs.add(record("alpha", "oai:alpha:fractions", fractions(), r -> r
                .addProperty(Schema.name, "Introduction aux fractions", "fr")
                .addProperty(Schema.name, HOSTILE_TITLE, "en")
                .addProperty(Schema.description, "Une leçon sur les fractions.", "fr")
                .addProperty(Schema.inLanguage, r.getModel().createResource(FRENCH))
                .addProperty(Schema.license, r.getModel().createResource("https://creativecommons.org/licenses/by/4.0/"))));
        graphs.add(record("alpha", "oai:alpha:volcanoes", volcanoes(), r -> r
                .addProperty(Schema.name, "Volcanoes", "en")));
        graphs.add(record("beta", "oai:beta:water", water(), r -> r
                .addProperty(Schema.name, "Der Wasserkreislauf", "de")));
        Model languages = ModelFactory.createDefaultModel();
        languages.createResource(FRENCH, SKOS.Concept)
                .addProperty(SKOS.prefLabel, "French", "en")
                .addProperty(SKOS.prefLabel, "français", "fr")
                .addProperty(SKOS.inScheme, languages.createResource(LANGUAGES));
        graphs.add(new RecordGraph("languages", LANGUAGES, languages));
        Model filler = ModelFactory.createDefaultModel();
        for (int i = 0; i < FILLER_TRIPLES; i++) {
            filler.createResource("urn:oerfed-test:thing-" + i).addLiteral(filler.createProperty("urn:oerfed-test:", "number"), (long) i);
        }
        graphs.add(new RecordGraph("filler", FILLER, filler));
        store.apply(new GraphChanges(graphs, List.of()));
    }

    private RecordGraph record(String source, String identifier, String resourceId, java.util.function.Consumer<Resource> describe) {
        Model model = ModelFactory.createDefaultModel();
        Resource resource = model.createResource(ids.resourceUri(resourceId), Schema.LearningResource);
        describe.accept(resource);
        String graph = ids.recordGraphUri(resourceId);
        model.createResource(graph)
                .addProperty(RDF.type, Oerfed.SourceRecord)
                .addProperty(Oerfed.describes, resource)
                .addProperty(Oerfed.source, model.createResource(ids.sourceUri(source)))
                .addProperty(Oerfed.sourceId, source)
                .addProperty(Oerfed.recordIdentifier, identifier)
                .addProperty(Oerfed.metadataFormat, "oai_dc")
                .addProperty(DCTerms.publisher, source);
        return new RecordGraph(resourceId, graph, model);
    }
}
