package org.oerfed.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;

class DocumentAnalysisTest {

    private final DocumentAnalysis documents = new DocumentAnalysis(new TextAnalysis());

    @Test
    void eachTextIsAnalysedInItsOwnLanguageAndNeutrally() {
        SearchDocument document = SearchDocument.builder("r-1")
                .title("fr", "Les Élèves et la Géométrie")
                .description("en", "Students learning geometry")
                .modified(Instant.ofEpochMilli(1_700_000_000_123L))
                .facet(Facet.SUBJECT, "05", "0541")
                .text(SearchField.SUBJECT, "es", "Matemáticas")
                .text(SearchField.SUBJECT, "ar", "الرياضيات")
                .text(SearchField.KEYWORD, "", "!!!")
                .build();

        AnalysedDocument analysed = documents.analyse(document);

        assertThat(analysed.id()).isEqualTo("r-1");
        assertThat(analysed.textFields()).containsOnlyKeys("stem_title", "fold_title", "stem_description",
                "fold_description", "stem_subject", "fold_subject");
        assertThat(analysed.textFields().get("stem_title")).containsExactly("elev geomet");
        assertThat(analysed.textFields().get("fold_title")).containsExactly("les eleves et la geometrie");
        assertThat(analysed.textFields().get("stem_description")).containsExactly("student learn geometri");
        assertThat(analysed.textFields().get("stem_subject")).containsExactly("matematic", "رياض");
        assertThat(analysed.textFields().get("fold_subject")).containsExactly("matematicas", "الرياضيات");
        assertThat(analysed.facets()).containsEntry(Facet.SUBJECT, List.of("05", "0541"));
        assertThat(analysed.sortTitle()).isEqualTo("les eleves et la geometrie");
        assertThat(analysed.modified()).hasValue(1_700_000_000_123L);
        assertThat(new DocumentJson().read(analysed.json())).isEqualTo(document);
    }

    @Test
    void aLabelManyDocumentsShareIsAnalysedInEachOnesLanguageAsIfAlone() {
        TextAnalysis analysis = new TextAnalysis();
        List<String> germanFirst = analysis.stemmed("Lehrerinnen", "de");
        assertThat(germanFirst).isNotEqualTo(analysis.stemmed("Lehrerinnen", "en"));
        SearchDocument english = SearchDocument.builder("r-en").text(SearchField.LEVEL, "en", "Lehrerinnen").build();
        SearchDocument german = SearchDocument.builder("r-de").text(SearchField.LEVEL, "de", "Lehrerinnen").build();
        SearchDocument titled = SearchDocument.builder("r-t").title("de", "Lehrerinnen").build();

        for (int round = 0; round < 2; round++) {
            assertThat(documents.analyse(english).textFields().get("stem_level"))
                    .containsExactly(String.join(" ", analysis.stemmed("Lehrerinnen", "en")));
            assertThat(documents.analyse(german).textFields().get("stem_level")).containsExactly(String.join(" ", germanFirst));
            assertThat(documents.analyse(titled).textFields()).containsOnlyKeys("stem_title", "fold_title");
            assertThat(documents.analyse(titled).textFields().get("stem_title")).containsExactly(String.join(" ", germanFirst));
        }
    }

    @Test
    void aDocumentWithoutDateOrTextsHasNone() {
        AnalysedDocument analysed = documents.analyse(SearchDocument.builder("r-2").build());

        assertThat(analysed.textFields()).isEmpty();
        assertThat(analysed.modified()).isEmpty();
        assertThat(analysed.sortTitle()).isEmpty();
    }

    @Test
    void sortTitlesIgnoreCaseAccentsAndPunctuationAndAreBounded() {
        assertThat(documents.sortTitle("«Éducation» — Civique!")).isEqualTo(documents.sortTitle("education civique"));
        assertThat(documents.sortTitle("😀 ".repeat(300)).length()).isLessThanOrEqualTo(DocumentAnalysis.MAX_SORT_TITLE_LENGTH);
        assertThat(documents.sortTitle("a".repeat(200) + " " + "😀".repeat(100)))
                .hasSizeLessThanOrEqualTo(DocumentAnalysis.MAX_SORT_TITLE_LENGTH)
                .doesNotEndWith("\uD83D");
    }
}
