package org.oerfed.graph.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oerfed.core.search.LocalizedText;
import org.oerfed.core.search.SearchField;
import org.oerfed.graph.concepts.Vocabulary;
import org.oerfed.graph.projection.ConceptCatalogue.Concept;

class ConceptCatalogueTest {
    private final ConceptCatalogue catalogue = ProjectionFixtures.CONCEPTS;

    @Test
    void aFieldKnowsItsBroaderFieldsAndItsLabels() {
        Concept algebra = catalogue.concept(Vocabulary.ISCED_FIELD, Vocabulary.ISCED_FIELD.conceptUri("0541")).orElseThrow();

        assertThat(algebra.code()).isEqualTo("0541");
        assertThat(algebra.broaderCodes()).containsExactly("054", "05");
        assertThat(algebra.labels()).contains(new LocalizedText(SearchField.SUBJECT, "ru", "Математика"),
                new LocalizedText(SearchField.SUBJECT, "en", "Maths"));
        assertThat(algebra.open()).isEmpty();
    }

    @Test
    void aLicenceIsItsOwnAddressAndSaysWhetherItIsOpen() {
        Concept byNd = catalogue.concept("https://creativecommons.org/licenses/by-nd/4.0/").orElseThrow();

        assertThat(byNd.vocabulary()).isEqualTo(Vocabulary.LICENCE);
        assertThat(byNd.code()).isEqualTo("https://creativecommons.org/licenses/by-nd/4.0/");
        assertThat(byNd.open()).contains(false);
        assertThat(catalogue.concept("https://creativecommons.org/licenses/by/4.0/").flatMap(Concept::open)).contains(true);
    }

    @Test
    void aLanguageIsFoundByEachOfItsCodes() {
        assertThat(catalogue.language("fra").map(Concept::code)).contains("fr");
        assertThat(catalogue.language("FRE").map(Concept::code)).contains("fr");
        assertThat(catalogue.language("iw").map(Concept::code)).contains("he");
        assertThat(catalogue.language("qqq")).isEmpty();
        // languages fill no search field: their labels are not searchable texts
        assertThat(catalogue.language("fr").orElseThrow().labels()).isEmpty();
    }

    @Test
    void aConceptOfAnotherVocabularyIsNotFoundInThisOne() {
        String mathematics = Vocabulary.ISCED_FIELD.conceptUri("0541");

        assertThat(catalogue.concept(Vocabulary.ISCED_LEVEL, mathematics)).isEmpty();
        assertThat(catalogue.concept(Vocabulary.RESOURCE_TYPE, Vocabulary.RESOURCE_TYPE.conceptUri("assessment-item"))
                .map(Concept::broaderCodes)).contains(java.util.List.of("assessment"));
    }
}
