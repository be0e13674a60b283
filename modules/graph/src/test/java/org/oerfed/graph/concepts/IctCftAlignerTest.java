package org.oerfed.graph.concepts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.oerfed.graph.vocab.Schema;

class IctCftAlignerTest {
    private static final IctCftRules RULES = IctCftRules.bundled();

    private final Model vocabularies = ModelFactory.createDefaultModel();
    private final IctCftAligner aligner = new IctCftAligner(RULES, vocabularies);
    private final Model graph = ModelFactory.createDefaultModel();
    private final Resource resource = graph.createResource("https://oerfed.example/resource/r1")
            .addProperty(RDF.type, Schema.LearningResource);

    private Resource audience(RDFNode role) {
        Resource audience = graph.createResource().addProperty(RDF.type, graph.createResource(Schema.NS + "EducationalAudience"))
                .addProperty(IctCftAligner.EDUCATIONAL_ROLE, role);
        resource.addProperty(Schema.audience, audience);
        return audience;
    }

    /** Rule id to the alignment it made. */
    private Map<String, Resource> alignments() {
        return resource.listProperties(IctCftAligner.EDUCATIONAL_ALIGNMENT).mapWith(Statement::getResource).toList().stream()
                .collect(Collectors.toMap(a -> a.getRequiredProperty(IctCftAligner.ALIGNMENT_RULE).getString(), a -> a));
    }

    @Test
    void alignsAResourceForTeachersByItsKeywordsAndSaysWhichRule() {
        audience(graph.createLiteral("Lehrkräfte", "de"));
        resource.addProperty(Schema.keywords, graph.createLiteral("Kooperatives Lernen, Moodle, Bruchrechnung", "de"));
        long before = graph.size();

        aligner.enrich(resource);

        Map<String, Resource> alignments = alignments();
        assertThat(alignments.keySet()).containsExactlyInAnyOrder("collaborative-learning", "learning-platforms");
        Resource collaborative = alignments.get("collaborative-learning");
        assertThat(collaborative.hasProperty(RDF.type, IctCftAligner.ALIGNMENT_OBJECT)).isTrue();
        assertThat(collaborative.getRequiredProperty(IctCftAligner.ALIGNMENT_TYPE).getString()).isEqualTo("teaches");
        assertThat(collaborative.getRequiredProperty(IctCftAligner.EDUCATIONAL_FRAMEWORK).getString())
                .isEqualTo("UNESCO ICT Competency Framework for Teachers, version 3");
        assertThat(collaborative.getRequiredProperty(IctCftAligner.TARGET_URL).getResource().getURI())
                .isEqualTo("https://w3id.org/oerfed/vocab/ict-cft/KD.5");
        assertThat(collaborative.getRequiredProperty(IctCftAligner.TARGET_NAME).getString()).isEqualTo("Collaborative Groups");
        assertThat(alignments.get("learning-platforms").getRequiredProperty(IctCftAligner.TARGET_URL).getResource().getURI())
                .isEqualTo(Vocabulary.ICT_CFT.conceptUri("KD.4"));
        assertThat(graph.size()).isEqualTo(before + 2 + 2 * 6);
    }

    @Test
    void alignsByTheNameAndBySubjectsGivenAsTextOrAsConcepts() {
        audience(graph.createResource(Vocabulary.AUDIENCE_ROLE.conceptUri("teacher")));
        resource.addProperty(Schema.name, graph.createLiteral("Aprendizaje basado en proyectos con tabletas", "es"));
        resource.addProperty(Schema.about, "Littératie numérique");
        Resource concept = vocabularies.createResource("https://example.org/vocab/oer")
                .addProperty(SKOS.prefLabel, vocabularies.createLiteral("Recursos educativos abiertos", "es"));
        resource.addProperty(Schema.about, graph.createResource(concept.getURI()));

        aligner.enrich(resource);

        assertThat(alignments().keySet())
                .containsExactlyInAnyOrder("project-based-learning", "digital-literacy", "open-educational-resources");
    }

    @Test
    void alignsNothingWithoutATeacherAudience() {
        resource.addProperty(Schema.keywords, "collaborative learning");
        aligner.enrich(resource);
        assertThat(alignments()).isEmpty();

        audience(graph.createLiteral("learner"));
        aligner.enrich(resource);
        assertThat(alignments()).isEmpty();

        audience(graph.createLiteral("teacher"));
        aligner.enrich(resource);
        assertThat(alignments()).containsOnlyKeys("collaborative-learning");
    }

    @Test
    void alignsNothingOnAPartOfAWord() {
        audience(graph.createLiteral("enseignant"));
        resource.addProperty(Schema.keywords, "OERs");
        resource.addProperty(Schema.keywords, "Moodleboard");
        resource.addProperty(Schema.name, "Coding dojos and e-learnings");
        aligner.enrich(resource);
        assertThat(alignments()).isEmpty();
    }

    @Test
    void keywordsListedInOneValueDoNotMakeAPhraseAcrossThem() {
        audience(graph.createLiteral("teacher"));
        resource.addProperty(Schema.keywords, "history, digital; literacy");
        aligner.enrich(resource);
        assertThat(alignments()).isEmpty();
    }

    @Test
    void enrichingTwiceAddsNothingMore() {
        audience(graph.createLiteral("docente"));
        resource.addProperty(Schema.keywords, List.of("competencia digital").get(0));
        aligner.enrich(resource);
        long once = graph.size();
        aligner.enrich(resource);
        assertThat(graph.size()).isEqualTo(once);
        assertThat(alignments()).containsOnlyKeys("digital-literacy");
    }
}
