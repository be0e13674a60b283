package org.oerfed.store.tdb2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.concepts.ConceptLinker;
import org.oerfed.graph.concepts.Vocabularies;
import org.oerfed.graph.concepts.Vocabulary;
import org.oerfed.graph.concepts.VocabularyGraph;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.sparql.SparqlResponse;
import org.oerfed.graph.sparql.SparqlService;
import org.oerfed.graph.vocab.Schema;

class Tdb2VocabularyGraphsTest {
    private static final Vocabularies VOCABULARIES = Vocabularies.bundled();

    @TempDir
    Path dir;
    private Tdb2GraphStore store;

    @BeforeEach
    void open() {
        store = Tdb2GraphStore.open(dir.resolve("tdb2"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void installsEachVocabularyOnceAndRewritesItOnlyWhenItChanged() {
        for (VocabularyGraph graph : VOCABULARIES.graphs()) assertThat(store.installVocabulary(graph)).isTrue();
        for (VocabularyGraph graph : VOCABULARIES.graphs()) assertThat(store.installVocabulary(graph)).isFalse();

        VocabularyGraph roles = VOCABULARIES.graph(Vocabulary.AUDIENCE_ROLE).orElseThrow();
        long storedSize = storedSize(roles.graphUri());
        assertThat(storedSize).isEqualTo(roles.model().size() + 1); // and the content hash

        store.close();
        store = Tdb2GraphStore.open(dir.resolve("tdb2"));
        assertThat(store.installVocabulary(roles)).isFalse();

        Model changed = ModelFactory.createDefaultModel().add(roles.model());
        changed.removeAll(changed.createResource(Vocabulary.AUDIENCE_ROLE.conceptUri("mentor")), null, null);
        assertThat(store.installVocabulary(VocabularyGraph.of(Vocabulary.AUDIENCE_ROLE, changed))).isTrue();
        assertThat(storedSize(roles.graphUri())).isLessThan(storedSize);
        boolean mentorLabelled = store.read(dataset -> {
            Model stored = dataset.getNamedModel(roles.graphUri());
            return stored.contains(stored.createResource(Vocabulary.AUDIENCE_ROLE.conceptUri("mentor")), SKOS.prefLabel);
        });
        assertThat(mentorLabelled).isFalse();
    }

    @Test
    void sparqlOverTheUnionFindsAResourceThroughAConceptLabelInAnotherLanguage() {
        VOCABULARIES.graphs().forEach(store::installVocabulary);
        Model record = ModelFactory.createDefaultModel();
        Resource resource = record.createResource("https://oer.example.org/resource/r1", Schema.LearningResource)
                .addProperty(Schema.name, "Fractions in pictures", "en")
                .addProperty(Schema.learningResourceType, "Video", "en")
                .addProperty(Schema.license, "CC BY-SA 3.0 DE")
                .addProperty(Schema.inLanguage, "en-GB");
        new ConceptLinker(VOCABULARIES, new LicenseUris()).enrich(resource);
        store.apply(new GraphChanges(List.of(new RecordGraph("r1", "https://oer.example.org/record/r1", record)), List.of()));

        String query = """
                PREFIX schema: <http://schema.org/>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?r ?licence WHERE {
                  ?r schema:learningResourceType ?type ; schema:license ?l ; dct:language ?lang .
                  ?type skos:prefLabel "视频"@zh .
                  ?lang skos:prefLabel "anglais"@fr .
                  ?l skos:prefLabel ?licence . FILTER(lang(?licence) = "es")
                }""";
        String csv = text(new SparqlService(store, Duration.ofSeconds(10), 100).query(query, "text/csv"));
        assertThat(csv).contains("https://oer.example.org/resource/r1")
                .contains("Creative Commons Atribución-CompartirIgual 3.0 Alemania");
    }

    private long storedSize(String graphUri) {
        return store.read(dataset -> dataset.getNamedModel(graphUri).size());
    }

    private static String text(SparqlResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
