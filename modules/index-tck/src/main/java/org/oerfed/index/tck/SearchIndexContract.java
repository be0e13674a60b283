package org.oerfed.index.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oerfed.index.tck.Licenses.BY;
import static org.oerfed.index.tck.Licenses.BY_NC;
import static org.oerfed.index.tck.Licenses.BY_NC_SA;
import static org.oerfed.index.tck.Licenses.BY_SA;
import static org.oerfed.index.tck.Licenses.CC0;
import static org.oerfed.index.tck.OerFixture.OER_COMMONS;
import static org.oerfed.index.tck.OerFixture.OPENSTAX;
import static org.oerfed.index.tck.OerFixture.UNESCO;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.FacetValue;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;

/**
 * The behaviour every {@link SearchIndex} adapter must show. An adapter's test extends this class and
 * supplies a fresh, empty index; passing here on every engine proves they return the same hits and the same
 * facet counts for the same documents.
 *
 * <p>Expected ids and counts are written out by hand from {@link OerFixture}. Text queries compare hit
 * <em>sets</em> because relevance scores differ between engines; queries without words compare order,
 * which is by id.
 *
 * <p>Text is analysed by Unicode word segmentation (UAX #29) and lower-casing, with no stop words and no
 * accent folding; Han text splits into single characters. Only the first {@link #MAX_TEXT_LENGTH}
 * characters of a query's text count, so that no query can exceed an engine's clause limit.
 */
public abstract class SearchIndexContract {

    /**
     * How much query text the adapters consider, cut back to the last whitespace before it. Bounding it keeps
     * every query under Lucene's default limit of 1024 clauses (two per word) however hostile the input.
     */
    protected static final int MAX_TEXT_LENGTH = SearchQuery.MAX_TEXT_LENGTH;

    private static final List<String> ALL_IDS = OerFixture.documents().stream().map(SearchDocument::id).toList();
    private static final Set<String> ALGEBRA = Set.of("oer-01", "oer-16", "oer-21", "oer-30");

    protected SearchIndex index;

    /** A new index holding no documents, which the contract closes after each test. */
    protected abstract SearchIndex createEmptyIndex();

    @BeforeEach
    void openIndex() {
        index = createEmptyIndex();
    }

    @AfterEach
    void closeIndex() {
        if (index != null) index.close();
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    protected void loadFixture() {
        index.upsert(OerFixture.documents());
        index.refresh();
    }

    private SearchResult search(String text) {
        return index.search(new SearchQuery(text, Map.of(), 1, SearchQuery.MAX_SIZE));
    }

    private SearchResult search(String text, Map<Facet, Set<String>> filters) {
        return index.search(new SearchQuery(text, filters, 1, SearchQuery.MAX_SIZE));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchDocument::id).toList();
    }

    private static void assertHitSet(SearchResult result, Set<String> expected) {
        assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.total()).isEqualTo(expected.size());
    }

    private static List<FacetValue> values(Object... valueThenCount) {
        List<FacetValue> list = new ArrayList<>();
        for (int i = 0; i < valueThenCount.length; i += 2) {
            list.add(new FacetValue((String) valueThenCount[i], ((Number) valueThenCount[i + 1]).longValue()));
        }
        return list;
    }

    private static SearchDocument document(String id, String title, String source) {
        return new SearchDocument(id, title, "", "", List.of("en"), BY, source);
    }

    // ---- match all ------------------------------------------------------------------------------------------

    @Test
    void blankTextMatchesEveryDocumentInIdOrder() {
        loadFixture();

        SearchResult result = search("   ");

        assertThat(result.total()).isEqualTo(30);
        assertThat(ids(result)).containsExactlyElementsOf(ALL_IDS);
    }

    @Test
    void hitsAreTheStoredDocumentsUnchanged() {
        loadFixture();

        SearchResult result = search("");

        assertThat(result.hits()).containsExactlyElementsOf(OerFixture.documents());
    }

    @Test
    void documentsComeBackInIdOrderWhateverTheOrderTheyWereWrittenIn() {
        List<SearchDocument> reversed = new ArrayList<>(OerFixture.documents());
        Collections.reverse(reversed);
        index.upsert(reversed.subList(0, 15));
        index.refresh();
        index.upsert(reversed.subList(15, 30));
        index.refresh();

        assertThat(ids(search(""))).containsExactlyElementsOf(ALL_IDS);
    }

    // ---- free text ------------------------------------------------------------------------------------------

    /** "Algebra" is a word of the titles of oer-01, 16, 21 and 30; the Spanish "álgebra" (oer-08) is not. */
    @Test
    void findsDocumentsContainingTheWord() {
        loadFixture();

        assertHitSet(search("algebra"), ALGEBRA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALGEBRA", "Algebra", "aLgEbRa"})
    void matchingIgnoresCase(String text) {
        loadFixture();

        assertHitSet(search(text), ALGEBRA);
    }

    /**
     * "introduction" is in oer-01 and oer-05, "algebra" in oer-01, 16, 21 and 30: only oer-01 has both.
     * Only oer-01 and oer-30 have "linear" and "equations"; oer-16 has "Lineare Gleichungen", other words.
     */
    @Test
    void everyWordMustOccur() {
        loadFixture();

        assertHitSet(search("introduction algebra"), Set.of("oer-01"));
        assertHitSet(search("linear equations"), Set.of("oer-01", "oer-30"));
    }

    /** oer-01 has "Algebra" in its title and "beginners" in its description. */
    @Test
    void wordsMayOccurInTitleOrDescription() {
        loadFixture();

        assertHitSet(search("beginners algebra"), Set.of("oer-01"));
    }

    @Test
    void aWordNoDocumentHasMatchesNothing() {
        loadFixture();

        SearchResult result = search("algebra unicorn");

        assertHitSet(result, Set.of());
        assertThat(result.facets()).containsOnlyKeys(Facet.values());
        assertThat(result.facets().values()).allSatisfy(values -> assertThat(values).isEmpty());
    }

    /** Words are whole tokens: no stemming ("pet" ≠ "pets") and no prefixes. */
    @Test
    void wordsMatchWholeTokensOnly() {
        loadFixture();

        assertHitSet(search("pet"), Set.of("oer-03"));
        assertHitSet(search("pets"), Set.of("oer-03"));
        assertHitSet(search("photo"), Set.of());
        assertHitSet(search("alg"), Set.of());
    }

    /** Lower-casing applies to É; there is no accent folding, so "geometrie" finds nothing. */
    @Test
    void accentsAreSignificantButCaseIsNot() {
        loadFixture();

        assertHitSet(search("GÉOMÉTRIE"), Set.of("oer-05"));
        assertHitSet(search("geometrie"), Set.of());
        assertHitSet(search("ÁLGEBRA"), Set.of("oer-08"));
    }

    @Test
    void findsArabicWords() {
        loadFixture();

        assertHitSet(search("الماء"), Set.of("oer-12"));
        assertHitSet(search("الجبر"), Set.of("oer-11"));
        // Clitics stay attached: "والتكثف" is one word, so "التكثف" alone is not in oer-12.
        assertHitSet(search("والتكثف"), Set.of("oer-12"));
        assertHitSet(search("التكثف"), Set.of());
    }

    @Test
    void findsCyrillicWordsIgnoringCase() {
        loadFixture();

        assertHitSet(search("АЛГЕБРУ"), Set.of("oer-19"));
        assertHitSet(search("воды природе"), Set.of("oer-20"));
        // Mixed scripts: "Python" is in an English title and a Russian description.
        assertHitSet(search("python"), Set.of("oer-26", "oer-29"));
        // "Русский" in oer-24's description.
        assertHitSet(search("русский"), Set.of("oer-24"));
    }

    /** Han text is split into single characters, so each character of the query must occur. */
    @Test
    void findsChineseByCharacter() {
        loadFixture();

        assertHitSet(search("水"), Set.of("oer-14"));
        assertHitSet(search("数学"), Set.of("oer-13"));
        // "和" is in the descriptions of oer-13 and oer-14; only oer-14 also has "水".
        assertHitSet(search("和"), Set.of("oer-13", "oer-14"));
        assertHitSet(search("水和"), Set.of("oer-14"));
        // Order of characters does not matter, words are not phrases.
        assertHitSet(search("学数"), Set.of("oer-13"));
        assertHitSet(search("中文"), Set.of("oer-24"));
    }

    @Test
    void findsGermanAndNumbers() {
        loadFixture();

        assertHitSet(search("WASSERKREISLAUF"), Set.of("oer-17"));
        assertHitSet(search("für"), Set.of("oer-16"));
        assertHitSet(search("1945"), Set.of("oer-04"));
        // "20." is the number 20; "200" in oer-30 is another token.
        assertHitSet(search("20"), Set.of("oer-18"));
    }

    /** Stop words are ordinary words: "and" is in eight documents, "the" only in oer-04. */
    @Test
    void stopWordsAreWordsToo() {
        loadFixture();

        assertHitSet(search("and"), Set.of("oer-01", "oer-03", "oer-04", "oer-21", "oer-22", "oer-23", "oer-24", "oer-26"));
        assertHitSet(search("the"), Set.of("oer-04"));
    }

    // ---- hostile text ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "\"algebra\"", "\"algebra", "(algebra", "algebra)", "[algebra]", "{algebra}", "<algebra>",
        "algebra*", "*algebra", "?algebra", "algebra?", "algebra~", "~algebra", "\\algebra\\", "algebra\\",
        "+algebra", "-algebra", "!algebra", "algebra^", "/algebra/", "algebra && ||", "algebra:", ":algebra",
        "  algebra\t\n", "#algebra", "@algebra", "algebra;", "'algebra'"})
    void querySyntaxIsPunctuationNotOperators(String text) {
        loadFixture();

        assertHitSet(search(text), ALGEBRA);
    }

    /** Boolean operator words are plain words: "and" narrows to the algebra documents that contain it. */
    @Test
    void operatorWordsArePlainWords() {
        loadFixture();

        assertHitSet(search("algebra AND"), Set.of("oer-01", "oer-21"));
        assertHitSet(search("cats AND dogs"), Set.of("oer-03"));
        assertHitSet(search("cats OR unicorns"), Set.of());
        assertHitSet(search("NOT cats"), Set.of());
    }

    /** A colon between letters joins them into one word (UAX #29), so there are no field queries. */
    @Test
    void fieldSyntaxIsNotInterpreted() {
        loadFixture();

        assertHitSet(search("title:algebra"), Set.of());
        assertHitSet(search("source:openstax"), Set.of());
        assertHitSet(search("id:oer-01"), Set.of());
    }

    /** Text that has no words at all matches like blank text: every document. */
    @ParameterizedTest
    @ValueSource(strings = {"*", "?", "\"", "\"\"", ":", "\\", "()", "[]", "{}", "~", "*:*", "&& || !", "-", "+", "/", "、。"})
    void textWithoutWordsMatchesEveryDocument(String text) {
        loadFixture();

        SearchResult result = search(text);

        assertThat(result.total()).isEqualTo(30);
        assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(ALL_IDS);
    }

    @Test
    void veryLongTextIsCutAndNeverFails() {
        loadFixture();

        assertHitSet(search("algebra ".repeat(10_000)), ALGEBRA);
        assertHitSet(search("(".repeat(100_000)), Set.copyOf(ALL_IDS));
        assertHitSet(search("x".repeat(100_000)), Set.of());
        assertHitSet(search("水".repeat(20_000)), Set.of("oer-14"));
        assertHitSet(search(IntStream.range(0, 5_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "))), Set.of());
        assertHitSet(search(IntStream.range(0, 5_000).mapToObj(i -> "\"(" + i + "*:\\").collect(Collectors.joining(" OR "))), Set.of());
    }

    /** The missing word lies beyond the first {@value #MAX_TEXT_LENGTH} characters, so it is ignored. */
    @Test
    void wordsBeyondTheTextLimitAreIgnored() {
        loadFixture();
        String padding = " ".repeat(MAX_TEXT_LENGTH);

        assertHitSet(search("algebra" + padding + "unicorn"), ALGEBRA);
        // Control: just inside the limit the missing word still counts.
        assertHitSet(search("algebra" + " ".repeat(MAX_TEXT_LENGTH - 20) + "unicorn"), Set.of());
    }

    // ---- filters --------------------------------------------------------------------------------------------

    /** oer-01 to 04 and 21 to 26 and 30 are (also) in English. */
    @Test
    void filtersByOneValue() {
        loadFixture();

        SearchResult result = search("", Map.of(Facet.LANGUAGE, Set.of("en")));

        assertThat(ids(result)).containsExactly("oer-01", "oer-02", "oer-03", "oer-04", "oer-21", "oer-22",
                "oer-23", "oer-24", "oer-25", "oer-26", "oer-30");
        assertThat(result.total()).isEqualTo(11);
    }

    @Test
    void valuesOfOneFacetCombineWithOr() {
        loadFixture();

        SearchResult result = search("", Map.of(Facet.LANGUAGE, Set.of("fr", "de")));

        assertThat(ids(result)).containsExactly("oer-05", "oer-06", "oer-07", "oer-16", "oer-17", "oer-18",
                "oer-21", "oer-24", "oer-27");
        assertThat(result.total()).isEqualTo(9);
    }

    @Test
    void facetsCombineWithAnd() {
        loadFixture();

        assertThat(ids(search("", Map.of(Facet.LANGUAGE, Set.of("en"), Facet.LICENSE, Set.of(CC0)))))
                .containsExactly("oer-03", "oer-22");
        assertThat(ids(search("", Map.of(Facet.LANGUAGE, Set.of("en", "es"), Facet.SOURCE, Set.of(UNESCO)))))
                .containsExactly("oer-09", "oer-23", "oer-30");
        assertThat(ids(search("", Map.of(Facet.LANGUAGE, Set.of("ar"), Facet.LICENSE, Set.of(BY_SA),
                Facet.SOURCE, Set.of(UNESCO))))).containsExactly("oer-12", "oer-23");
    }

    /** Of the algebra documents, oer-30 has no licence. */
    @Test
    void filtersApplyToTextQueries() {
        loadFixture();

        assertHitSet(search("algebra", Map.of(Facet.LICENSE, Set.of(BY))), Set.of("oer-01", "oer-16", "oer-21"));
        assertHitSet(search("algebra", Map.of(Facet.SOURCE, Set.of(UNESCO))), Set.of("oer-30"));
    }

    @Test
    void filterValuesMatchExactly() {
        loadFixture();

        assertHitSet(search("", Map.of(Facet.LANGUAGE, Set.of("EN"))), Set.of());
        assertHitSet(search("", Map.of(Facet.LANGUAGE, Set.of("xx"))), Set.of());
        assertHitSet(search("", Map.of(Facet.LICENSE, Set.of("https://creativecommons.org/licenses/by/4.0"))), Set.of());
        assertHitSet(search("", Map.of(Facet.SOURCE, Set.of("openstax*"))), Set.of());
        assertHitSet(search("", Map.of(Facet.SOURCE, Set.of("*"))), Set.of());
    }

    /** An unknown licence is not a licence value: neither filterable by "" nor counted. */
    @Test
    void unknownLicenceIsNoFacetValue() {
        loadFixture();

        assertHitSet(search("", Map.of(Facet.LICENSE, Set.of(""))), Set.of());
        assertThat(search("").facets().get(Facet.LICENSE)).extracting(FacetValue::value).doesNotContain("");
        assertThat(search("practice").hits()).singleElement()
                .satisfies(hit -> assertThat(hit.license()).isEmpty());
    }

    // ---- facets ---------------------------------------------------------------------------------------------

    /** Counts derived from the fixture; ties (es/fr, by-sa/cc0, all sources) are broken by value. */
    @Test
    void countsFacetValuesOfAllDocuments() {
        loadFixture();

        Map<Facet, List<FacetValue>> facets = search("").facets();

        assertThat(facets.get(Facet.LANGUAGE)).containsExactlyElementsOf(values(
                "en", 11, "es", 5, "fr", 5, "de", 4, "ru", 4, "zh", 4, "ar", 3));
        assertThat(facets.get(Facet.LICENSE)).containsExactlyElementsOf(values(
                BY, 9, BY_SA, 6, CC0, 6, BY_NC, 5, BY_NC_SA, 2));
        assertThat(facets.get(Facet.SOURCE)).containsExactlyElementsOf(values(
                OER_COMMONS, 10, OPENSTAX, 10, UNESCO, 10));
    }

    /**
     * French: oer-05, 06, 07, 21, 27. The counts include the filtered facet itself. Values compare as
     * strings: ".../by-nc-sa/..." sorts before ".../by-nc/..." because '-' precedes '/'.
     */
    @Test
    void countsFacetValuesOfFilteredDocuments() {
        loadFixture();

        Map<Facet, List<FacetValue>> facets = search("", Map.of(Facet.LANGUAGE, Set.of("fr"))).facets();

        assertThat(facets.get(Facet.LANGUAGE)).containsExactlyElementsOf(values("fr", 5, "en", 1));
        assertThat(facets.get(Facet.LICENSE)).containsExactlyElementsOf(values(
                BY, 2, BY_NC_SA, 1, BY_NC, 1, BY_SA, 1));
        assertThat(facets.get(Facet.SOURCE)).containsExactlyElementsOf(values(
                OPENSTAX, 2, UNESCO, 2, OER_COMMONS, 1));
    }

    /** oer-01 [en], 16 [de], 21 [en, fr], 30 [en, no licence]. */
    @Test
    void countsFacetValuesOfTextMatches() {
        loadFixture();

        Map<Facet, List<FacetValue>> facets = search("algebra").facets();

        assertThat(facets.get(Facet.LANGUAGE)).containsExactlyElementsOf(values("en", 3, "de", 1, "fr", 1));
        assertThat(facets.get(Facet.LICENSE)).containsExactlyElementsOf(values(BY, 3));
        assertThat(facets.get(Facet.SOURCE)).containsExactlyElementsOf(values(OPENSTAX, 3, UNESCO, 1));
    }

    @Test
    void countsFacetValuesOfAllMatchesNotJustThePage() {
        loadFixture();

        SearchResult result = index.search(new SearchQuery("", Map.of(), 2, 5));

        assertThat(result.hits()).hasSize(5);
        assertThat(result.facets().get(Facet.LANGUAGE)).first().isEqualTo(new FacetValue("en", 11));
    }

    @Test
    void aDocumentCountsOnceForEachOfItsLanguages() {
        loadFixture();

        Map<Facet, List<FacetValue>> facets = search("safety").facets();

        assertThat(facets.get(Facet.LANGUAGE)).containsExactlyElementsOf(values("de", 1, "en", 1, "ru", 1, "zh", 1));
    }

    @Test
    void returnsAtMostFiftyValuesPerFacetMostFrequentFirst() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            documents.add(document("d-%02d".formatted(i), "Lesson " + i, "src-%02d".formatted(i)));
        }
        documents.add(document("d-60", "Lesson 60", "src-59"));
        documents.add(document("d-61", "Lesson 61", "src-59"));
        documents.add(document("d-62", "Lesson 62", "src-30"));
        index.upsert(documents);
        index.refresh();

        List<FacetValue> sources = search("lesson").facets().get(Facet.SOURCE);

        List<FacetValue> expected = new ArrayList<>(values("src-59", 3, "src-30", 2));
        IntStream.range(0, 60).filter(i -> i != 30 && i != 59).limit(48)
                .forEach(i -> expected.add(new FacetValue("src-%02d".formatted(i), 1)));
        assertThat(sources).hasSize(SearchResult.FACET_VALUES).containsExactlyElementsOf(expected);
        assertThat(search("lesson").total()).isEqualTo(63);
    }

    @Test
    void emptyIndexHasNoHitsAndEmptyFacets() {
        SearchResult result = search("");

        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
        assertThat(result.facets()).containsOnlyKeys(Facet.values());
        assertThat(result.facets().values()).allSatisfy(values -> assertThat(values).isEmpty());
    }

    // ---- paging ---------------------------------------------------------------------------------------------

    @Test
    void pagesThroughAllDocumentsInIdOrder() {
        loadFixture();

        SearchResult second = index.search(new SearchQuery("", Map.of(), 2, 7));
        SearchResult last = index.search(new SearchQuery("", Map.of(), 5, 7));
        SearchResult beyond = index.search(new SearchQuery("", Map.of(), 6, 7));

        assertThat(ids(second)).containsExactly("oer-08", "oer-09", "oer-10", "oer-11", "oer-12", "oer-13", "oer-14");
        assertThat(ids(last)).containsExactly("oer-29", "oer-30");
        assertThat(beyond.hits()).isEmpty();
        assertThat(List.of(second.total(), last.total(), beyond.total())).containsOnly(30L);
        assertThat(beyond.facets().get(Facet.SOURCE)).hasSize(3);
    }

    @Test
    void pagesOfFilteredResults() {
        loadFixture();

        SearchResult page = index.search(new SearchQuery("", Map.of(Facet.LANGUAGE, Set.of("en")), 3, 4));

        assertThat(ids(page)).containsExactly("oer-25", "oer-26", "oer-30");
        assertThat(page.total()).isEqualTo(11);
    }

    /** The eight documents with "and", three per page: every one exactly once. */
    @Test
    void pagesOfTextResultsPartitionTheHits() {
        loadFixture();

        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            SearchResult result = index.search(new SearchQuery("and", Map.of(), page, 3));
            assertThat(result.total()).isEqualTo(8);
            assertThat(result.hits()).hasSize(page < 3 ? 3 : 2);
            seen.addAll(ids(result));
        }

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrder(
                "oer-01", "oer-03", "oer-04", "oer-21", "oer-22", "oer-23", "oer-24", "oer-26");
    }

    @Test
    void theDeepestAllowedPageIsEmptyButCounted() {
        loadFixture();

        SearchResult result = index.search(new SearchQuery("", Map.of(),
                SearchQuery.MAX_WINDOW / SearchQuery.MAX_SIZE, SearchQuery.MAX_SIZE));

        assertThat(result.hits()).isEmpty();
        assertThat(result.total()).isEqualTo(30);
    }

    // ---- writes ---------------------------------------------------------------------------------------------

    @Test
    void countsDocuments() {
        assertThat(index.count()).isZero();

        loadFixture();

        assertThat(index.count()).isEqualTo(30);
    }

    @Test
    void upsertReplacesADocumentWithTheSameId() {
        loadFixture();
        SearchDocument replacement = new SearchDocument("oer-01", "Geometry Basics", "Points and lines.",
                "https://example.org/geometry", List.of("de", "fr"), CC0, UNESCO);

        index.upsert(List.of(replacement));
        index.refresh();

        assertThat(index.count()).isEqualTo(30);
        assertHitSet(search("algebra"), Set.of("oer-16", "oer-21", "oer-30"));
        assertThat(search("geometry").hits()).containsExactly(replacement);
        Map<Facet, List<FacetValue>> facets = search("").facets();
        assertThat(facets.get(Facet.LANGUAGE)).startsWith(values("en", 10, "fr", 6, "de", 5).toArray(FacetValue[]::new));
        assertThat(facets.get(Facet.LICENSE)).startsWith(values(BY, 8, CC0, 7).toArray(FacetValue[]::new));
    }

    @Test
    void theLastOfSeveralWritesOfAnIdWins() {
        index.upsert(List.of(document("x", "First draft", OPENSTAX), document("x", "Second draft", OPENSTAX)));
        index.refresh();
        index.upsert(List.of(document("x", "Final version", UNESCO)));
        index.refresh();

        assertThat(index.count()).isEqualTo(1);
        assertThat(search("").hits()).containsExactly(document("x", "Final version", UNESCO));
        assertHitSet(search("draft"), Set.of());
    }

    @Test
    void keepsEveryFieldAndTheOrderOfLanguages() {
        SearchDocument document = new SearchDocument("round-trip", "Titre « spécial » & <b>", "Ligne 1\nLigne 2 — ✓ 😀",
                "https://example.org/a?b=c&d=e#f", List.of("zh", "en", "ar"), BY_NC_SA, OER_COMMONS);
        SearchDocument bare = new SearchDocument("bare", "", "", "", List.of(), "", UNESCO);

        index.upsert(List.of(document, bare));
        index.refresh();

        assertThat(search("").hits()).containsExactly(bare, document);
        assertThat(search("spécial").hits()).containsExactly(document);
        assertThat(search("😀").hits()).containsExactly(document);
    }

    @Test
    void deletesById() {
        loadFixture();

        index.delete(List.of("oer-02", "oer-13", "no-such-id"));
        index.refresh();

        assertThat(index.count()).isEqualTo(28);
        assertHitSet(search("photosynthesis"), Set.of("oer-23"));
        assertHitSet(search("数学"), Set.of());
        assertThat(search("").facets().get(Facet.LICENSE)).startsWith(values(BY, 8, CC0, 6, BY_NC, 5, BY_SA, 5).toArray(FacetValue[]::new));
    }

    @Test
    void deletesWhatWasWrittenSinceTheLastRefresh() {
        index.upsert(List.of(document("a", "Alpha", OPENSTAX), document("b", "Beta", OPENSTAX)));
        index.delete(List.of("a"));
        index.refresh();

        assertThat(ids(search(""))).containsExactly("b");
    }

    @Test
    void emptyWritesDoNothing() {
        loadFixture();

        assertThatCode(() -> {
            index.upsert(List.of());
            index.delete(List.of());
            index.refresh();
        }).doesNotThrowAnyException();
        assertThat(index.count()).isEqualTo(30);
    }

    @Test
    void clearRemovesEveryDocument() {
        loadFixture();

        index.clear();
        index.refresh();

        assertThat(index.count()).isZero();
        assertThat(search("").total()).isZero();
        assertThat(search("").facets().values()).allSatisfy(values -> assertThat(values).isEmpty());
    }

    @Test
    void clearRemovesDocumentsNotYetRefreshed() {
        loadFixture();
        index.upsert(List.of(document("late", "Late arrival", OPENSTAX)));

        index.clear();
        index.refresh();

        assertThat(index.count()).isZero();
    }

    @Test
    void theIndexIsUsableAfterClear() {
        loadFixture();
        index.clear();
        index.refresh();

        index.upsert(List.of(OerFixture.document("oer-07")));
        index.refresh();

        assertThat(search("").hits()).containsExactly(OerFixture.document("oer-07"));
        assertThat(search("").facets().get(Facet.SOURCE)).containsExactlyElementsOf(values(UNESCO, 1));
    }

    @Test
    void writesAreVisibleAfterRefresh() {
        loadFixture();

        index.upsert(List.of(document("oer-31", "Late algebra addition", OPENSTAX)));
        index.refresh();

        assertThat(index.count()).isEqualTo(31);
        assertHitSet(search("algebra"), Set.of("oer-01", "oer-16", "oer-21", "oer-30", "oer-31"));
    }

    /** A term longer than 32766 bytes cannot be indexed by either engine; the failure names the document. */
    @Test
    void aDocumentThatCannotBeIndexedFailsNamingItsIdAndTheOthersAreKept() {
        SearchDocument bad = new SearchDocument("too-big", "Huge source", "", "", List.of("en"), BY, "s".repeat(40_000));

        assertThatThrownBy(() -> index.upsert(List.of(document("fine", "Fine", OPENSTAX), bad)))
                .isInstanceOf(RuntimeException.class)
                .hasMessageContaining("too-big");
        index.refresh();

        assertThat(ids(search(""))).containsExactly("fine");
    }

    /** Ids are exact keys, not analysed text, and sort by their UTF-8 bytes ("A" before "a", " " before "-"). */
    @Test
    void idsAreMatchedExactly() {
        index.upsert(List.of(document("a-b", "One", OPENSTAX), document("a b", "Two", OPENSTAX),
                document("A-B", "Three", OPENSTAX)));
        index.refresh();

        index.delete(List.of("a-b"));
        index.refresh();

        assertThat(ids(search(""))).containsExactly("A-B", "a b");
    }
}
