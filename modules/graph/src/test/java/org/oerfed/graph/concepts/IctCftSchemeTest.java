package org.oerfed.graph.concepts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/** The bundled UNESCO ICT CFT version 3 scheme: 6 aspects, 3 levels, and a module for each pair. */
class IctCftSchemeTest {
    private final Model model = IscedVocabulariesTest.scheme(Vocabulary.ICT_CFT);
    private final Map<String, Resource> concepts = IscedVocabulariesTest.byNotation(model);

    @Test
    void parsesAsOneSchemeWithEveryConceptLabelledInEightLanguages() {
        IscedVocabulariesTest.assertWellFormed(Vocabulary.ICT_CFT, model);
    }

    @Test
    void hasSixAspectsThreeLevelsAndEighteenModules() {
        List<String> aspects = List.of("1", "2", "3", "4", "5", "6");
        List<String> levels = List.of("KA", "KD", "KC");
        assertThat(concepts).hasSize(6 + 3 + 18);
        Resource scheme = model.getResource(Vocabulary.ICT_CFT.schemeUri());
        for (String aspect : aspects) {
            assertThat(scheme.hasProperty(SKOS.hasTopConcept, concepts.get(aspect))).as(aspect).isTrue();
        }
        for (String level : levels) {
            assertThat(scheme.hasProperty(SKOS.hasTopConcept, concepts.get(level))).as(level).isTrue();
            for (String aspect : aspects) {
                Resource module = concepts.get(level + "." + aspect);
                assertThat(module).as(level + "." + aspect).isNotNull();
                assertThat(module.listProperties(SKOS.broader).mapWith(s -> s.getResource()).toList())
                        .containsExactly(concepts.get(aspect));
                assertThat(module.listProperties(SKOS.related).mapWith(s -> s.getResource()).toList())
                        .containsExactly(concepts.get(level));
                assertThat(concepts.get(level).hasProperty(SKOS.related, module)).isTrue();
            }
        }
    }

    @Test
    void modulesCarryTheFrameworksEnglishNames() {
        assertThat(concepts.get("KA.1").getProperty(SKOS.prefLabel, "en").getString()).isEqualTo("Policy Understanding");
        assertThat(concepts.get("KD.5").getProperty(SKOS.prefLabel, "en").getString()).isEqualTo("Collaborative Groups");
        assertThat(concepts.get("KC.6").getProperty(SKOS.prefLabel, "en").getString()).isEqualTo("Teacher as Innovator");
        assertThat(concepts.get("4").getProperty(SKOS.prefLabel, "en").getString()).isEqualTo("Application of Digital Skills");
    }
}
