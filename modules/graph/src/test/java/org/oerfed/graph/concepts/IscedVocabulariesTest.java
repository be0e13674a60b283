package org.oerfed.graph.concepts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oerfed.graph.vocab.Schema;

/** The bundled ISCED 2011 and ISCED-F 2013 schemes and their mapping tables, read with Jena's own parser. */
class IscedVocabulariesTest {
    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "zh", "ru", "pt", "de");

    static Model scheme(Vocabulary vocabulary) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Vocabulary.class.getResourceAsStream(vocabulary.id() + ".ttl")) {
            assertThat(in).as(vocabulary.id() + ".ttl on the classpath").isNotNull();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return model;
    }

    static List<Resource> concepts(Model model) {
        return model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
    }

    static String notation(Resource concept) {
        return concept.getRequiredProperty(SKOS.notation).getString();
    }

    static Map<String, Resource> byNotation(Model model) {
        return concepts(model).stream().collect(Collectors.toMap(IscedVocabulariesTest::notation, c -> c));
    }

    static void assertWellFormed(Vocabulary vocabulary, Model model) {
        Resource scheme = model.getResource(vocabulary.schemeUri());
        assertThat(scheme.hasProperty(RDF.type, SKOS.ConceptScheme)).isTrue();
        assertThat(model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList()).containsExactly(scheme);
        assertThat(languages(scheme, DCTerms.title)).containsExactlyInAnyOrderElementsOf(LANGUAGES);
        assertThat(scheme.hasProperty(DCTerms.source)).isTrue();
        Set<String> notations = new HashSet<>();
        for (Resource concept : concepts(model)) {
            assertThat(concept.listProperties(SKOS.notation).toList()).as(concept + " notations").hasSize(1);
            String notation = notation(concept);
            assertThat(notations.add(notation)).as("notation " + notation + " is unique").isTrue();
            assertThat(concept.getURI()).isEqualTo(vocabulary.conceptUri(notation));
            assertThat(concept.hasProperty(SKOS.inScheme, scheme)).as(notation + " in scheme").isTrue();
            List<String> labelled = languages(concept, SKOS.prefLabel);
            assertThat(labelled).as(notation + " has one prefLabel in each language").containsExactlyInAnyOrderElementsOf(LANGUAGES);
            concept.listProperties(SKOS.prefLabel).forEach(s -> assertThat(s.getString()).as(notation).isNotBlank());
            assertThat(concept.hasProperty(SKOS.topConceptOf, scheme)).as(notation + " top concept both ways")
                    .isEqualTo(scheme.hasProperty(SKOS.hasTopConcept, concept));
        }
        // every broader has its narrower back, and the reverse
        model.listStatements(null, SKOS.broader, (RDFNode) null).forEach(s ->
                assertThat(s.getResource().hasProperty(SKOS.narrower, s.getSubject())).as(s.toString()).isTrue());
        model.listStatements(null, SKOS.narrower, (RDFNode) null).forEach(s ->
                assertThat(s.getResource().hasProperty(SKOS.broader, s.getSubject())).as(s.toString()).isTrue());
    }

    static List<String> languages(Resource subject, org.apache.jena.rdf.model.Property property) {
        return subject.listProperties(property).mapWith(s -> ((Literal) s.getObject()).getLanguage()).toList();
    }

    @ParameterizedTest
    @EnumSource(value = Vocabulary.class, names = {"ISCED_LEVEL", "ISCED_FIELD"})
    void parsesAsOneSchemeWithEveryConceptLabelledInEightLanguages(Vocabulary vocabulary) {
        assertWellFormed(vocabulary, scheme(vocabulary));
    }

    @Test
    void isced2011HasTheNineLevelsAsTopConcepts() {
        Model model = scheme(Vocabulary.ISCED_LEVEL);
        Map<String, Resource> levels = byNotation(model);
        assertThat(levels.keySet()).containsExactlyInAnyOrder("0", "1", "2", "3", "4", "5", "6", "7", "8");
        levels.values().forEach(level -> assertThat(level.hasProperty(SKOS.topConceptOf)).isTrue());
        assertThat(levels.get("1").hasProperty(SKOS.exactMatch, model.getResource("https://w3id.org/kim/isced-2011/level1"))).isTrue();
        assertThat(levels.get("2").hasProperty(SKOS.prefLabel, model.createLiteral("Sekundarbereich I", "de"))).isTrue();
    }

    @Test
    void iscedFHasBroadNarrowAndDetailedFieldsInAConsistentHierarchy() {
        Model model = scheme(Vocabulary.ISCED_FIELD);
        Map<String, Resource> fields = byNotation(model);
        List<String> broad = new ArrayList<>();
        List<String> narrow = new ArrayList<>();
        List<String> detailed = new ArrayList<>();
        for (Map.Entry<String, Resource> field : fields.entrySet()) {
            String notation = field.getKey();
            Resource concept = field.getValue();
            assertThat(notation).matches("\\d{2,4}");
            List<Resource> broader = concept.listProperties(SKOS.broader).mapWith(s -> s.getResource()).toList();
            switch (notation.length()) {
                case 2 -> {
                    broad.add(notation);
                    assertThat(broader).as(notation).isEmpty();
                    assertThat(concept.hasProperty(SKOS.topConceptOf)).as(notation).isTrue();
                }
                case 3 -> {
                    narrow.add(notation);
                    assertThat(broader).as(notation).containsExactly(fields.get(notation.substring(0, 2)));
                }
                default -> {
                    detailed.add(notation);
                    assertThat(broader).as(notation).containsExactly(fields.get(notation.substring(0, 3)));
                }
            }
            if (notation.length() < 4) {
                assertThat(concept.listProperties(SKOS.narrower).toList()).as(notation + " has sub-fields").isNotEmpty();
            }
        }
        assertThat(broad).hasSize(12).contains("00", "05", "10", "99");
        assertThat(narrow).hasSize(30).contains("054", "061", "999");
        assertThat(detailed).hasSize(81).contains("0541", "0613", "1041", "9999");
    }

    @Test
    void mathematicsIsLabelledInEveryLanguageSourcesUse() {
        Resource mathematics = byNotation(scheme(Vocabulary.ISCED_FIELD)).get("0541");
        assertThat(mathematics.hasProperty(SKOS.prefLabel, mathematics.getModel().createLiteral("Mathématiques", "fr"))).isTrue();
        assertThat(mathematics.hasProperty(SKOS.prefLabel, mathematics.getModel().createLiteral("Matemáticas", "es"))).isTrue();
        assertThat(mathematics.hasProperty(SKOS.prefLabel, mathematics.getModel().createLiteral("Mathematik", "de"))).isTrue();
        assertThat(mathematics.hasProperty(SKOS.exactMatch, mathematics.getModel().getResource("https://w3id.org/kim/isced-2013/n0541"))).isTrue();
    }

    @Test
    void aFrenchLabelReachesAResourceDescribedInSpanishThroughItsField() {
        Model graph = scheme(Vocabulary.ISCED_FIELD);
        Resource spanish = graph.createResource("https://example.org/resource/ecuaciones")
                .addProperty(Schema.name, graph.createLiteral("Ecuaciones de segundo grado", "es"))
                .addProperty(Schema.about, graph.getResource(Vocabulary.ISCED_FIELD.conceptUri("0541")));
        graph.createResource("https://example.org/resource/poemas")
                .addProperty(Schema.name, graph.createLiteral("Poemas", "es"))
                .addProperty(Schema.about, graph.getResource(Vocabulary.ISCED_FIELD.conceptUri("0232")));
        String query = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX schema: <http://schema.org/>
                SELECT ?resource WHERE {
                  ?field skos:prefLabel ?label .
                  FILTER (lang(?label) = "fr" && lcase(str(?label)) = "mathématiques")
                  ?resource schema:about ?field .
                }""";
        List<Resource> found = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(graph).query(query).build()) {
            execution.execSelect().forEachRemaining(row -> found.add(row.getResource("resource")));
        }
        assertThat(found).containsExactly(spanish);
    }

    @ParameterizedTest
    @EnumSource(value = Vocabulary.class, names = {"ISCED_LEVEL", "ISCED_FIELD"})
    void mappingTablesNameExistingConceptsAndNeverContradictALabel(Vocabulary vocabulary) throws IOException {
        Model model = scheme(vocabulary);
        Map<String, Resource> concepts = byNotation(model);
        Map<String, Set<String>> labels = new HashMap<>();
        for (Resource concept : concepts.values()) {
            for (var property : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                concept.listProperties(property).forEach(s ->
                        labels.computeIfAbsent(IctCftText.fold(s.getString()), k -> new HashSet<>()).add(notation(concept)));
            }
        }
        Map<String, String> mapped = new HashMap<>();
        List<String[]> rows = mappingRows(vocabulary);
        assertThat(rows).hasSizeGreaterThan(100);
        for (String[] row : rows) {
            assertThat(row).as(String.join("|", row)).hasSize(2);
            String value = row[0];
            String notation = row[1];
            assertThat(concepts).as(value + " -> " + notation).containsKey(notation);
            String folded = IctCftText.fold(value);
            assertThat(mapped.put(folded, notation)).as("'" + value + "' is listed once").isNull();
            Set<String> labelledAs = labels.getOrDefault(folded, Set.of());
            if (!labelledAs.isEmpty()) {
                // only labels shared by a field and its own sub-field are listed, to say the narrowest wins
                assertThat(labelledAs).as(value).contains(notation).hasSizeGreaterThan(1);
                labelledAs.forEach(other -> assertThat(notation).as(value).startsWith(other));
            }
        }
        // every label two concepts share is decided by the table
        labels.forEach((label, notations) -> {
            if (notations.size() > 1) assertThat(mapped).as(label).containsKey(label);
        });
    }

    @Test
    void mappingTablesCoverHowSourcesWriteSubjectsAndLevels() throws IOException {
        Map<String, String> fields = table(Vocabulary.ISCED_FIELD);
        assertThat(fields).containsEntry("maths", "0541").containsEntry("wiskunde", "0541")
                .containsEntry("informatique", "0613").containsEntry("geschichte", "0222")
                .containsEntry("educacion fisica", "1014").containsEntry("物理", "0533");
        Map<String, String> levels = table(Vocabulary.ISCED_LEVEL);
        assertThat(levels).containsEntry("grundschule", "1").containsEntry("primary school", "1")
                .containsEntry("college", "2").containsEntry("licence universitaire", "6").containsEntry("isced 3", "3");
    }

    private static Map<String, String> table(Vocabulary vocabulary) throws IOException {
        Map<String, String> table = new HashMap<>();
        Model model = scheme(vocabulary);
        for (Resource concept : concepts(model)) {
            for (var property : List.of(SKOS.prefLabel, SKOS.altLabel)) {
                concept.listProperties(property).forEach(s -> table.putIfAbsent(IctCftText.fold(s.getString()), notation(concept)));
            }
        }
        for (String[] row : mappingRows(vocabulary)) table.put(IctCftText.fold(row[0]), row[1]);
        return table;
    }

    static List<String[]> mappingRows(Vocabulary vocabulary) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream("mappings/" + vocabulary.id() + ".tsv")) {
            assertThat(in).as("mappings/" + vocabulary.id() + ".tsv").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }
}
