package org.oerfed.graph.concepts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class VocabulariesTest {
    private static final Vocabularies VOCABULARIES = Vocabularies.bundled();

    @Test
    void everyVocabularyTheModuleShipsIsLoadedAndEveryConceptIsInItsScheme() {
        assertThat(VOCABULARIES.graphs()).extracting(VocabularyGraph::vocabulary).containsAll(Vocabularies.REQUIRED);
        for (VocabularyGraph graph : VOCABULARIES.graphs()) {
            Model model = graph.model();
            Resource scheme = model.createResource(graph.graphUri());
            List<Resource> concepts = model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
            assertThat(concepts).as(graph.graphUri()).isNotEmpty();
            assertThat(concepts).as(graph.graphUri()).allSatisfy(concept -> {
                assertThat(concept.isURIResource()).isTrue();
                assertThat(concept.hasProperty(SKOS.inScheme, scheme)).as(concept.getURI()).isTrue();
                assertThat(concept.hasProperty(SKOS.notation)).as(concept.getURI()).isTrue();
            });
            assertThat(VOCABULARIES.matcher(graph.vocabulary()).size()).isEqualTo(concepts.size());
        }
    }

    @Test
    void notationsAreUniqueInEveryScheme() {
        for (VocabularyGraph graph : VOCABULARIES.graphs()) {
            Map<String, Set<String>> conceptsByNotation = new HashMap<>();
            graph.model().listStatements(null, SKOS.notation, (RDFNode) null).forEachRemaining(s -> conceptsByNotation
                    .computeIfAbsent(s.getString(), n -> new java.util.HashSet<>()).add(s.getSubject().getURI()));
            assertThat(conceptsByNotation.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey))
                    .as(graph.graphUri()).isEmpty();
        }
    }

    @Test
    void everyWrittenConceptHasAPreferredLabelInEachOfTheEightLanguages() {
        for (Vocabulary vocabulary : List.of(Vocabulary.LICENCE, Vocabulary.RESOURCE_TYPE, Vocabulary.AUDIENCE_ROLE)) {
            Model model = VOCABULARIES.graph(vocabulary).orElseThrow().model();
            model.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(concept ->
                    assertThat(labelLanguages(concept)).as(concept.getURI()).containsAll(Vocabulary.LABEL_LANGUAGES));
        }
    }

    @Test
    void languagesAreNamedInTheEightLanguagesWhereTheJdkNamesThem() {
        Model model = VOCABULARIES.graph(Vocabulary.LANGUAGE).orElseThrow().model();
        for (String code : List.of("en", "fr", "es", "ar", "zh", "ru", "pt", "de", "sw", "hi", "ja")) {
            Resource concept = model.createResource(Vocabulary.LANGUAGE.conceptUri(code));
            assertThat(labelLanguages(concept)).as(code).containsAll(Vocabulary.LABEL_LANGUAGES);
        }
        Resource french = model.createResource(Vocabulary.LANGUAGE.conceptUri("fr"));
        assertThat(french.listProperties(SKOS.notation).mapWith(s -> s.getString()).toSet()).containsExactlyInAnyOrder("fr", "fra", "fre");
        assertThat(french.listProperties(SKOS.exactMatch).mapWith(s -> s.getResource().getURI()).toSet()).containsExactlyInAnyOrder(
                "http://id.loc.gov/vocabulary/iso639-1/fr", "http://id.loc.gov/vocabulary/iso639-2/fre", "http://lexvo.org/id/iso639-3/fra");
        assertThat(model.contains(french, SKOS.prefLabel, model.createLiteral("français", "fr"))).isTrue();
        // a language with no two-letter code is a concept at its three-letter code
        assertThat(model.contains(model.createResource(Vocabulary.LANGUAGE.conceptUri("haw")), SKOS.notation, "haw")).isTrue();
    }

    @Test
    void creativeCommonsLicencesInEveryVersionPortedAndIgoAreConceptsAtTheirAddresses() {
        Model model = VOCABULARIES.graph(Vocabulary.LICENCE).orElseThrow().model();
        for (String uri : List.of("https://creativecommons.org/licenses/by/4.0/", "https://creativecommons.org/licenses/by-nc-nd/4.0/",
                "https://creativecommons.org/licenses/by-sa/3.0/de/", "https://creativecommons.org/licenses/by/3.0/igo/",
                "https://creativecommons.org/licenses/by-nc-sa/2.1/jp/", "https://creativecommons.org/licenses/by-sa/2.5/scotland/",
                "https://creativecommons.org/licenses/by-nd-nc/1.0/", "https://creativecommons.org/licenses/sampling+/1.0/",
                "https://creativecommons.org/publicdomain/zero/1.0/", "https://creativecommons.org/publicdomain/mark/1.0/",
                "https://www.govdata.de/dl-de/by-2-0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/")) {
            assertThat(model.contains(model.createResource(uri), RDF.type, SKOS.Concept)).as(uri).isTrue();
        }
        // 2.1 was only ported
        assertThat(model.containsResource(model.createResource("https://creativecommons.org/licenses/by/2.1/"))).isFalse();
        assertThat(model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()).hasSizeGreaterThan(600);
        Resource germanBySa = model.createResource("https://creativecommons.org/licenses/by-sa/3.0/de/");
        assertThat(germanBySa.getProperty(SKOS.notation).getString()).isEqualTo("CC-BY-SA-3.0-DE");
        assertThat(model.contains(germanBySa, SKOS.prefLabel,
                model.createLiteral("Creative Commons Namensnennung - Weitergabe unter gleichen Bedingungen 3.0 Deutschland", "de"))).isTrue();
    }

    @Test
    void noDerivativesAndTheRestrictedOnesAreTheOnlyLicencesThatAreNotOpen() {
        Model model = VOCABULARIES.graph(Vocabulary.LICENCE).orElseThrow().model();
        Set<String> closed = model.listStatements(null, LicenceScheme.OPEN_LICENCE, model.createTypedLiteral(false))
                .mapWith(s -> s.getSubject().getURI()).toSet();
        Set<String> open = model.listStatements(null, LicenceScheme.OPEN_LICENCE, model.createTypedLiteral(true))
                .mapWith(s -> s.getSubject().getURI()).toSet();
        assertThat(open.size() + closed.size()).isEqualTo(model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().size());
        assertThat(closed).allSatisfy(uri -> assertThat(uri).containsAnyOf("nd", "sampling", "devnations"));
        assertThat(closed).contains("https://creativecommons.org/licenses/by-nc-nd/4.0/", "https://creativecommons.org/licenses/by-nd/3.0/igo/");
        assertThat(open).contains("https://creativecommons.org/licenses/by-nc-sa/4.0/", "https://creativecommons.org/licenses/by-sa/3.0/de/",
                "https://creativecommons.org/publicdomain/zero/1.0/", "https://opensource.org/licenses/MIT");
    }

    @Test
    void theContentHashDependsOnTheTriplesNotTheirOrder() {
        VocabularyGraph graph = VOCABULARIES.graph(Vocabulary.AUDIENCE_ROLE).orElseThrow();
        Model reordered = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        List<org.apache.jena.rdf.model.Statement> statements = graph.model().listStatements().toList();
        java.util.Collections.reverse(statements);
        reordered.add(statements);
        assertThat(VocabularyGraph.of(Vocabulary.AUDIENCE_ROLE, reordered).contentHash()).isEqualTo(graph.contentHash());
        reordered.add(reordered.createResource(Vocabulary.AUDIENCE_ROLE.conceptUri("teacher")), SKOS.altLabel, "Tutor", "en");
        assertThat(VocabularyGraph.of(Vocabulary.AUDIENCE_ROLE, reordered).contentHash()).isNotEqualTo(graph.contentHash());
    }

    private static Set<String> labelLanguages(Resource concept) {
        return concept.listProperties(SKOS.prefLabel).mapWith(s -> s.getLanguage()).toSet().stream().collect(Collectors.toSet());
    }
}
