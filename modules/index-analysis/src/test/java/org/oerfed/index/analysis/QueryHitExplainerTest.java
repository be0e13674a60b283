package org.oerfed.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;
import org.oerfed.core.search.SearchHit;
import org.oerfed.core.search.SearchQuery;

class QueryHitExplainerTest {

    private final QueryPlanner planner = new QueryPlanner(new TextAnalysis());

    private SearchHit explain(String text, String language, SearchDocument document) {
        return planner.plan(SearchQuery.text(text).withLanguage(language)).hits().explain(document);
    }

    @Test
    void matchesAreMarkedInTheEscapedTitle() {
        SearchDocument document = SearchDocument.builder("r").title("fr", "La <b>géométrie</b> & l'espace").build();

        SearchHit hit = explain("geometrie", "fr", document);

        assertThat(hit.matchedFields()).containsExactly(SearchField.TITLE);
        assertThat(hit.highlights()).isEqualTo(Map.of(SearchField.TITLE,
                "La &lt;b&gt;<mark>géométrie</mark>&lt;/b&gt; &amp; l&#39;espace"));
        assertThat(hit.document()).isSameAs(document);
    }

    @Test
    void aResourceFoundThroughASubjectLabelInAnotherLanguageSaysSubject() {
        SearchDocument document = SearchDocument.builder("r")
                .title("es", "Álgebra lineal para secundaria")
                .description("es", "Vectores y matrices.")
                .text(SearchField.SUBJECT, "es", "Matemáticas")
                .text(SearchField.SUBJECT, "fr", "Mathématiques")
                .text(SearchField.SUBJECT, "ar", "الرياضيات")
                .build();

        assertThat(explain("mathématiques", "fr", document).matchedFields()).containsExactly(SearchField.SUBJECT);
        assertThat(explain("mathématiques", "fr", document).highlights()).isEmpty();
        assertThat(explain("الرياضيات", "ar", document).matchedFields()).containsExactly(SearchField.SUBJECT);
        assertThat(explain("matematicas algebra", "", document).matchedFields())
                .containsExactlyInAnyOrder(SearchField.SUBJECT, SearchField.TITLE);
    }

    @Test
    void stemmedMatchesAreMarkedToo() {
        SearchDocument document = SearchDocument.builder("r").title("en", "Learn to learn: learning maths").build();

        assertThat(explain("learning", "en", document).highlights().get(SearchField.TITLE))
                .isEqualTo("<mark>Learn</mark> to <mark>learn</mark>: <mark>learning</mark> maths");
    }

    @Test
    void aPhraseIsMarkedWholeAndOnlyWhereItIsAPhrase() {
        SearchDocument document = SearchDocument.builder("r").title("en", "Linear Algebra, algebra linear").build();

        assertThat(explain("\"linear algebra\"", "en", document).highlights().get(SearchField.TITLE))
                .isEqualTo("<mark>Linear Algebra</mark>, algebra linear");
    }

    @Test
    void negatedWordsAreNotMarked() {
        SearchDocument document = SearchDocument.builder("r").title("en", "Linear algebra").build();

        SearchHit hit = explain("algebra -linear", "en", document);

        assertThat(hit.highlights().get(SearchField.TITLE)).isEqualTo("Linear <mark>algebra</mark>");
    }

    @Test
    void chineseMatchesAreMarkedByCharacter() {
        SearchDocument document = SearchDocument.builder("r").title("zh", "水循环的过程").build();

        assertThat(explain("循环", "zh", document).highlights().get(SearchField.TITLE)).isEqualTo("水<mark>循环</mark>的过程");
        assertThat(explain("水", "zh", document).highlights().get(SearchField.TITLE)).isEqualTo("<mark>水</mark>循环的过程");
    }

    @Test
    void aFieldPrefixOnlyLooksInItsField() {
        SearchDocument document = SearchDocument.builder("r").title("en", "Algebra")
                .description("en", "An algebra course").build();

        SearchHit hit = explain("description:algebra", "en", document);

        assertThat(hit.matchedFields()).containsExactly(SearchField.DESCRIPTION);
        assertThat(hit.highlights()).containsOnlyKeys(SearchField.DESCRIPTION);
    }

    @Test
    void aLongDescriptionIsCutAroundItsFirstMatch() {
        String before = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(10);
        String after = " Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.".repeat(10);
        SearchDocument document = SearchDocument.builder("r").title("en", "Untitled")
                .description("en", before + "Photosynthesis <in> plants." + after).build();

        String highlight = explain("photosynthesis", "en", document).highlights().get(SearchField.DESCRIPTION);

        assertThat(highlight).startsWith("…").endsWith("…").contains("<mark>Photosynthesis</mark> &lt;in&gt; plants.");
        String shown = highlight.replace("<mark>", "").replace("</mark>", "").replace("&lt;", "<").replace("&gt;", ">");
        assertThat(shown.length()).isBetween(150, QueryHitExplainer.FRAGMENT_LENGTH + 2);
        assertThat(shown.substring(1, shown.length() - 1)).as("cut between words").doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(before + "Photosynthesis <in> plants." + after).contains(shown.substring(1, shown.length() - 1));
    }

    @Test
    void aShortDescriptionIsShownWhole() {
        SearchDocument document = SearchDocument.builder("r").title("en", "T").description("en", "About photosynthesis.").build();

        assertThat(explain("photosynthesis", "en", document).highlights())
                .containsEntry(SearchField.DESCRIPTION, "About <mark>photosynthesis</mark>.")
                .doesNotContainKey(SearchField.TITLE);
    }

    @Test
    void aDocumentWithoutTheWordsHasNothingMatchedOrMarked() {
        SearchDocument document = SearchDocument.builder("r").title("en", "Geometry").build();

        SearchHit hit = explain("-algebra", "en", document);

        assertThat(hit.matchedFields()).isEmpty();
        assertThat(hit.highlights()).isEmpty();
    }
}
