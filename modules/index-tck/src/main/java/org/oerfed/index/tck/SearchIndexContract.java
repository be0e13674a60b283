package org.oerfed.index.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oerfed.index.tck.Licenses.ALL_RIGHTS_RESERVED;
import static org.oerfed.index.tck.Licenses.BY;
import static org.oerfed.index.tck.Licenses.BY_NC;
import static org.oerfed.index.tck.Licenses.BY_NC_SA;
import static org.oerfed.index.tck.Licenses.BY_SA;
import static org.oerfed.index.tck.Licenses.CC0;
import static org.oerfed.index.tck.OerFixture.BR;
import static org.oerfed.index.tck.OerFixture.DE;
import static org.oerfed.index.tck.OerFixture.ES;
import static org.oerfed.index.tck.OerFixture.FR;
import static org.oerfed.index.tck.OerFixture.KE;
import static org.oerfed.index.tck.OerFixture.US;
import static org.oerfed.index.tck.OerFixture.WORLD;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.FacetValue;
import org.oerfed.core.search.RejectedDocumentsException;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;
import org.oerfed.core.search.SearchHit;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;
import org.oerfed.core.search.SortOrder;
import org.oerfed.core.search.Suggestion;

/**
 * The behaviour every {@link SearchIndex} adapter must show, through the port alone. An adapter's test
 * extends this class and supplies a fresh, empty index; passing here on every engine proves that they return
 * the same hits, in the same order where ranking is deterministic, with the same facet counts.
 *
 * <p>Expected ids and counts are worked out by hand from {@link OerFixture}; each test says how. Text is
 * analysed in the service (stemming and stop words of the user's language, diacritic folding, CJK), so the
 * expectations hold on every engine. Text queries compare hit <em>sets</em> unless a test is about order, and
 * then it uses clear score differences or exact ties (broken by id).
 *
 * <p>Sections: match all and round trip · free text and query syntax · multilingual and cross-language ·
 * hostile text · filters · facets · sort · paging and cursors · hits (matched fields, highlights) ·
 * suggestions · writes · rebuild · concurrency.
 */
public abstract class SearchIndexContract {

    private static final List<String> ALL_IDS = OerFixture.documents().stream().map(SearchDocument::id).toList();
    /** Titles with the word "algebra", accents folded: oer-01, 03 (álgebra), 04, 12, 34. */
    private static final Set<String> ALGEBRA = Set.of("oer-01", "oer-03", "oer-04", "oer-12", "oer-34");
    /** Documents about ISCED-F 0541, so with its labels in eight languages. */
    private static final Set<String> MATHEMATICS = Set.of("oer-01", "oer-02", "oer-03", "oer-04", "oer-05",
            "oer-06", "oer-07", "oer-08", "oer-09", "oer-10", "oer-12", "oer-34", "oer-39");

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

    protected static SearchQuery query(String text) {
        return new SearchQuery(text, "", Map.of(), SortOrder.RELEVANCE, 1, SearchQuery.MAX_SIZE, "");
    }

    private SearchResult search(String text) {
        return index.search(query(text));
    }

    private SearchResult search(String text, String language) {
        return index.search(query(text).withLanguage(language));
    }

    private SearchResult search(String text, Map<Facet, Set<String>> filters) {
        return index.search(new SearchQuery(text, "", filters, SortOrder.RELEVANCE, 1, SearchQuery.MAX_SIZE, ""));
    }

    protected static List<String> ids(SearchResult result) {
        return result.documents().stream().map(SearchDocument::id).toList();
    }

    private static void assertHits(SearchResult result, Set<String> expected) {
        assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.total()).isEqualTo(expected.size());
    }

    private static void assertHits(SearchResult result, String... expected) {
        assertHits(result, Set.of(expected));
    }

    private static Set<String> allBut(Set<String> excluded) {
        Set<String> ids = new HashSet<>(ALL_IDS);
        ids.removeAll(excluded);
        return ids;
    }

    private static List<FacetValue> values(Object... valueThenCount) {
        List<FacetValue> list = new ArrayList<>();
        for (int i = 0; i < valueThenCount.length; i += 2) {
            list.add(new FacetValue((String) valueThenCount[i], ((Number) valueThenCount[i + 1]).longValue()));
        }
        return list;
    }

    private static SearchHit hit(SearchResult result, String id) {
        return result.hits().stream().filter(h -> h.document().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no hit " + id + " in " + ids(result)));
    }

    /** A small English document with a title, from one source. */
    protected static SearchDocument document(String id, String title) {
        return SearchDocument.builder(id).title("en", title).facet(Facet.LANGUAGE, "en")
                .facet(Facet.SOURCE, "test").build();
    }

    // ---- match all and round trip ---------------------------------------------------------------------------

    @Test
    void blankTextMatchesEveryDocumentInIdOrder() {
        loadFixture();

        SearchResult result = search("   ");

        assertThat(result.total()).isEqualTo(40);
        assertThat(ids(result)).containsExactlyElementsOf(ALL_IDS);
    }

    /** Every field comes back as written: texts with their languages, facets, dates. */
    @Test
    void hitsAreTheStoredDocumentsUnchanged() {
        loadFixture();

        SearchResult result = search("");

        assertThat(result.documents()).containsExactlyElementsOf(OerFixture.documents());
        assertThat(result.hits()).allSatisfy(hit -> {
            assertThat(hit.matchedFields()).isEmpty();
            assertThat(hit.highlights()).isEmpty();
        });
    }

    @Test
    void documentsComeBackInIdOrderWhateverTheOrderTheyWereWrittenIn() {
        List<SearchDocument> reversed = new ArrayList<>(OerFixture.documents());
        Collections.reverse(reversed);
        index.upsert(reversed.subList(0, 20));
        index.refresh();
        index.upsert(reversed.subList(20, 40));
        index.refresh();

        assertThat(ids(search(""))).containsExactlyElementsOf(ALL_IDS);
    }

    @Test
    void keepsEveryFieldOfAHostileDocument() {
        SearchDocument document = SearchDocument.builder("round-trip")
                .title("fr", "Titre « spécial » & <b>gras</b>")
                .description("", "Ligne 1\nLigne 2 — ✓ 😀 \"quoted\" \\ back\tslash")
                .url("https://example.org/a?b=c&d=e#f")
                .modified(Instant.parse("2024-02-29T23:59:59.123Z"))
                .text(SearchField.KEYWORD, "zh", "中文 关键词")
                .text(SearchField.KEYWORD, "pt-BR", "palavra-chave")
                .text(SearchField.LEVEL, "en", "Upper secondary education")
                .text(SearchField.TYPE, "ar", "فيديو")
                .text(SearchField.LICENSE, "de", "Namensnennung 4.0")
                .facet(Facet.LANGUAGE, "zh", "en", "ar")
                .facet(Facet.SOURCE, "s1", "s2")
                .facet(Facet.COUNTRY, "FR", "SN")
                .facet(Facet.LICENSE, BY_NC_SA)
                .facet(Facet.OPEN_LICENSE, "true")
                .facet(Facet.LEVEL, "3")
                .facet(Facet.SUBJECT, "02", "023", "0231")
                .facet(Facet.TYPE, "video")
                .facet(Facet.FORMAT, "video/mp4")
                .facet(Facet.ACCESSIBILITY, "captions", "transcript")
                .facet(Facet.YEAR, "2024")
                .build();
        SearchDocument bare = SearchDocument.builder("bare").build();

        index.upsert(List.of(document, bare));
        index.refresh();

        assertThat(search("").documents()).containsExactly(bare, document);
        assertThat(search("spécial").documents()).containsExactly(document);
        assertThat(search("😀").documents()).containsExactly(document);
    }

    @Test
    void anEmptyIndexHasNoHitsAndEmptyFacets() {
        SearchResult result = search("");

        assertThat(result.total()).isZero();
        assertThat(result.hits()).isEmpty();
        assertThat(result.nextCursor()).isEmpty();
        assertThat(result.facets()).containsOnlyKeys(Facet.values());
        assertThat(result.facets().values()).allSatisfy(values -> assertThat(values).isEmpty());
        assertThat(search("algebra").total()).isZero();
        assertThat(index.suggest("alg", "", 5)).isEmpty();
        assertThat(index.count()).isZero();
    }

    // ---- free text and query syntax -------------------------------------------------------------------------

    /** "algebra" is a title word of oer-01, 04, 12 and 34, and of oer-03 as "álgebra". */
    @Test
    void findsDocumentsContainingTheWord() {
        loadFixture();

        assertHits(search("algebra"), ALGEBRA);
        assertHits(search("algebra", "en"), ALGEBRA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALGEBRA", "Algebra", "aLgEbRa", "ÁLGEBRA"})
    void matchingIgnoresCaseAndAccents(String text) {
        loadFixture();

        assertHits(search(text), ALGEBRA);
    }

    /**
     * "introduction" is in oer-01 and 02, "algebra" only in oer-01 of them. Only oer-01 and 12 have both
     * "linear" and "equations".
     */
    @Test
    void everyWordMustOccur() {
        loadFixture();

        assertHits(search("introduction algebra"), "oer-01");
        assertHits(search("linear equations"), "oer-01", "oer-12");
    }

    /** oer-01 has "Algebra" in its title and "beginners" in its description. */
    @Test
    void wordsMayOccurInDifferentFields() {
        loadFixture();

        assertHits(search("beginners algebra"), "oer-01");
    }

    @Test
    void aWordNoDocumentHasMatchesNothing() {
        loadFixture();

        SearchResult result = search("algebra unicorn");

        assertHits(result);
        assertThat(result.facets()).containsOnlyKeys(Facet.values());
        assertThat(result.facets().values()).allSatisfy(values -> assertThat(values).isEmpty());
    }

    /**
     * A phrase needs its words next to each other and in order. oer-31's keywords "drinking water" and
     * "cycle race" are two values: a phrase never spans two values of a field.
     */
    @Test
    void phrasesNeedTheirWordsInOrder() {
        loadFixture();

        assertHits(search("\"linear equations\""), "oer-01", "oer-12");
        assertHits(search("\"equations linear\""));
        assertHits(search("water cycle", "en"), "oer-23", "oer-31");
        assertHits(search("\"water cycle\"", "en"), "oer-23");
        assertHits(search("\"water cycles\"", "en"), "oer-23");
    }

    /** "photosynthesis" is in oer-13 and 37, "energy" in oer-13 and 37 too, "géométrie" in oer-02. */
    @Test
    void orMatchesEitherWord() {
        loadFixture();

        Set<String> algebraOrPhotosynthesis = new HashSet<>(ALGEBRA);
        algebraOrPhotosynthesis.addAll(Set.of("oer-13", "oer-37"));
        assertHits(search("algebra OR photosynthesis"), algebraOrPhotosynthesis);
        assertHits(search("(algebra OR géométrie) introduction"), "oer-01", "oer-02");
    }

    /** Of the algebra documents, oer-01 and 12 say "equations". */
    @ParameterizedTest
    @ValueSource(strings = {"algebra NOT equations", "algebra -equations", "-equations algebra"})
    void notAndMinusExcludeAWord(String text) {
        loadFixture();

        assertHits(search(text), "oer-03", "oer-04", "oer-34");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-algebra", "NOT algebra"})
    void aQueryOfNegationsOnlyMatchesAllOthers(String text) {
        loadFixture();

        assertHits(search(text), allBut(ALGEBRA));
    }

    /**
     * A prefix restricts a word to one field. "chlorophyll" is a keyword of oer-13; "equations" is in
     * descriptions only; "mathematics" is a subject label.
     */
    @Test
    void fieldPrefixesRestrictToOneField() {
        loadFixture();

        assertHits(search("title:algebra"), ALGEBRA);
        assertHits(search("title:equations"));
        assertHits(search("description:equations"), "oer-01", "oer-12");
        assertHits(search("keyword:chlorophyll"), "oer-13");
        assertHits(search("title:chlorophyll"));
        assertHits(search("subject:mathematics", "en"), MATHEMATICS);
        assertHits(search("title:mathematics", "en"));
        assertHits(search("title:\"photosynthesis explained\""), "oer-13");
    }

    // ---- multilingual and cross-language --------------------------------------------------------------------

    /**
     * English stemming: "running" is "run", which oer-31 ("Running") and 32 ("Run") have. Without a
     * language the word is only folded, and only oer-31 has "running".
     */
    @Test
    void stemsEnglish() {
        loadFixture();

        assertHits(search("running", "en"), "oer-31", "oer-32");
        assertHits(search("runs", "en"), "oer-31", "oer-32");
        assertHits(search("running"), "oer-31");
    }

    /** oer-02 "Introduction à la géométrie": plural and unaccented forms find it. */
    @Test
    void stemsAndFoldsFrench() {
        loadFixture();

        assertHits(search("géométries", "fr"), "oer-02");
        assertHits(search("geometrie", "fr"), "oer-02");
        assertHits(search("GEOMETRIE"), "oer-02");
    }

    /** oer-04 "Lineare Gleichungen für Anfänger", oer-03 "Ecuaciones lineales", oer-08 "Frações". */
    @Test
    void stemsGermanSpanishAndPortuguese() {
        loadFixture();

        assertHits(search("Gleichung", "de"), "oer-04");
        assertHits(search("anfanger"), "oer-04");
        assertHits(search("ecuación", "es"), "oer-03");
        assertHits(search("fração", "pt"), "oer-08");
        assertHits(search("introduccion"), "oer-03");
    }

    /** Arabic: "جبر" (algebra) without the article finds oer-05's "الجبر". */
    @Test
    void stemsArabic() {
        loadFixture();

        assertHits(search("جبر", "ar"), "oer-05");
        assertHits(search("الجبر", "ar"), "oer-05");
    }

    /** Russian: "уравнение" (equation) finds oer-06's "уравнения"; Cyrillic folds case. */
    @Test
    void stemsRussian() {
        loadFixture();

        assertHits(search("уравнение", "ru"), "oer-06");
        assertHits(search("АЛГЕБРУ", "ru"), "oer-06");
        // "Python" is in an English title and a Russian description.
        assertHits(search("python"), "oer-28", "oer-29");
    }

    /** Hindi: "पुस्तक" (book) finds oer-35's "पुस्तकें" (books). */
    @Test
    void stemsHindi() {
        loadFixture();

        assertHits(search("पुस्तक", "hi"), "oer-35");
    }

    /** Swahili: "ya" is a stop word, so oer-22 "Mzunguko wa maji" matches although it says "wa". */
    @Test
    void dropsSwahiliStopWords() {
        loadFixture();

        assertHits(search("mzunguko ya maji", "sw"), "oer-22");
    }

    /** "the" is an English stop word: neither oer-13 nor 37 has it, both have "photosynthesis". */
    @Test
    void stopWordsOfTheUsersLanguageNeedNotOccur() {
        loadFixture();

        assertHits(search("the photosynthesis", "en"), "oer-13", "oer-37");
        assertHits(search("la photosynthèse", "fr"), "oer-14");
    }

    /**
     * Chinese by word and by character: "水循环" (water cycle) is oer-20's title; "循环" a word of it; "水"
     * (water) a character of it; "代数" (algebra) is in oer-07's title; "光合作用" is oer-15's title.
     */
    @Test
    void findsChineseByWordAndByCharacter() {
        loadFixture();

        assertHits(search("水循环", "zh"), "oer-20");
        assertHits(search("循环"), "oer-20");
        assertHits(search("代数", "zh"), "oer-07");
        assertHits(search("光合作用"), "oer-15");
        assertHits(search("水", "zh"), "oer-20");
    }

    /** German compounds and numbers: oer-18 "Der Wasserkreislauf", oer-25 "1939 to 1945". */
    @Test
    void findsWholeWordsAndNumbers() {
        loadFixture();

        assertHits(search("WASSERKREISLAUF"), "oer-18");
        assertHits(search("1945"), "oer-25");
    }

    /**
     * oer-03 is described only in Spanish; it is about 0541, whose labels it carries in eight languages. A
     * query in French, Arabic, Russian, Chinese or German finds it, and every other document about 0541,
     * through the subject labels alone.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fr:mathématiques", "ar:الرياضيات", "ru:математику", "zh:数学", "de:Mathematik",
        "pt:matemática", "en:mathematics"})
    void findsAcrossLanguagesThroughSubjectLabels(String languageAndText) {
        loadFixture();
        String language = languageAndText.substring(0, 2);
        String text = languageAndText.substring(3);

        SearchResult result = search(text, language);

        assertHits(result, MATHEMATICS);
        assertThat(hit(result, "oer-03").matchedFields()).containsExactly(SearchField.SUBJECT);
        assertThat(hit(result, "oer-03").highlights()).isEmpty();
    }

    @Test
    void subjectLabelsCombineWithWordsOfOtherFields() {
        loadFixture();

        // oer-03 is about mathematics and its description says "lineales"; only it of the 0541 documents.
        assertHits(search("mathématiques lineales", "fr"), "oer-03");
        assertHits(search("subject:biologie title:photosynthèse", "fr"), "oer-14");
    }

    // ---- hostile text ---------------------------------------------------------------------------------------

    /** Characters that are not OERfed syntax are punctuation; unbalanced syntax is read as words. */
    @ParameterizedTest
    @ValueSource(strings = {
        "\"algebra\"", "\"algebra", "algebra\"", "(algebra", "algebra)", "(algebra)", "((algebra)", "[algebra]",
        "{algebra}", "<algebra>", "algebra*", "*algebra", "?algebra", "algebra?", "algebra~", "\\algebra\\",
        "algebra\\", "+algebra", "!algebra", "algebra^", "/algebra/", "algebra && ||", "  algebra\t\n",
        "#algebra", "@algebra", "algebra;", "'algebra'"})
    void syntaxThatDoesNotParseIsReadAsWords(String text) {
        loadFixture();

        assertHits(search(text), ALGEBRA);
    }

    /** Text that has no words at all matches like blank text: every document. */
    @ParameterizedTest
    @ValueSource(strings = {"*", "?", "\"", "\"\"", "\\", "()", "[]", "{}", "~", "&& || !", "+", "/", "、。", "-",
        "( )", "\" \""})
    void textWithoutWordsMatchesEveryDocument(String text) {
        loadFixture();

        SearchResult result = search(text);

        assertThat(result.total()).isEqualTo(40);
        assertThat(ids(result)).containsExactlyElementsOf(ALL_IDS);
    }

    /** Whatever the text, the query is cut to a bounded size and never fails. */
    @Test
    void veryLongTextIsCutAndNeverFails() {
        loadFixture();

        assertHits(search("algebra ".repeat(10_000)), ALGEBRA);
        assertHits(search("(".repeat(100_000)), Set.copyOf(ALL_IDS));
        assertHits(search("x".repeat(100_000)));
        assertHits(search(IntStream.range(0, 5_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "))));
        assertHits(search(IntStream.range(0, 5_000).mapToObj(i -> "a" + i).collect(Collectors.joining(" OR "))));
        assertThatCode(() -> search(IntStream.range(0, 5_000).mapToObj(i -> "\"(" + i + "*:\\")
                .collect(Collectors.joining(" OR ")))).doesNotThrowAnyException();
        assertThatCode(() -> search("algebra AND")).doesNotThrowAnyException();
        assertThatCode(() -> search("OR NOT AND")).doesNotThrowAnyException();
        assertThatCode(() -> search("水".repeat(20_000), "zh")).doesNotThrowAnyException();
        assertThatCode(() -> search("title:".repeat(5_000))).doesNotThrowAnyException();
        assertThatCode(() -> search("-(".repeat(5_000) + "algebra")).doesNotThrowAnyException();
    }

    /** The missing word lies beyond the first {@link SearchQuery#MAX_TEXT_LENGTH} characters: ignored. */
    @Test
    void wordsBeyondTheTextLimitAreIgnored() {
        loadFixture();

        assertHits(search("algebra" + " ".repeat(SearchQuery.MAX_TEXT_LENGTH) + "unicorn"), ALGEBRA);
        // Control: just inside the limit the missing word still counts.
        assertHits(search("algebra" + " ".repeat(SearchQuery.MAX_TEXT_LENGTH - 20) + "unicorn"));
    }

    // ---- filters --------------------------------------------------------------------------------------------

    /** One value of each facet, and the documents of the fixture that have it. */
    static Stream<Arguments> oneValueOfEachFacet() {
        return Stream.of(
                Arguments.of(Facet.SOURCE, BR, Set.of("oer-08", "oer-30")),
                Arguments.of(Facet.COUNTRY, "KE", Set.of("oer-10", "oer-22")),
                Arguments.of(Facet.LANGUAGE, "hi", Set.of("oer-09", "oer-35")),
                Arguments.of(Facet.LICENSE, BY_NC_SA, Set.of("oer-26", "oer-33")),
                Arguments.of(Facet.OPEN_LICENSE, "false", Set.of("oer-27", "oer-32")),
                Arguments.of(Facet.LEVEL, "6", Set.of("oer-28")),
                Arguments.of(Facet.SUBJECT, "0613", Set.of("oer-28", "oer-29", "oer-30")),
                Arguments.of(Facet.TYPE, "audio", Set.of("oer-33")),
                Arguments.of(Facet.FORMAT, "image/png", Set.of("oer-15", "oer-16", "oer-20", "oer-23")),
                Arguments.of(Facet.ACCESSIBILITY, "transcript", Set.of("oer-13", "oer-33")),
                Arguments.of(Facet.YEAR, "2024", Set.of("oer-28", "oer-39", "oer-40")));
    }

    @ParameterizedTest
    @MethodSource("oneValueOfEachFacet")
    void filtersByEveryFacet(Facet facet, String value, Set<String> expected) {
        loadFixture();

        assertHits(search("", Map.of(facet, Set.of(value))), expected);
    }

    @Test
    void everyFacetHasAFilterCase() {
        assertThat(oneValueOfEachFacet().map(arguments -> (Facet) arguments.get()[0]))
                .containsExactlyInAnyOrder(Facet.values());
    }

    /** Of the forty, oer-27 and 32 are "all rights reserved" and oer-12 and 38 have no known licence. */
    @Test
    void openLicenceOnly() {
        loadFixture();

        assertHits(search("", Map.of(Facet.OPEN_LICENSE, Set.of("true"))),
                allBut(Set.of("oer-12", "oer-27", "oer-32", "oer-38")));
    }

    @Test
    void valuesOfOneFacetCombineWithOr() {
        loadFixture();

        assertThat(ids(search("", Map.of(Facet.LANGUAGE, Set.of("hi", "sw")))))
                .containsExactly("oer-09", "oer-10", "oer-22", "oer-35");
    }

    /** English videos: oer-13; English or French videos: oer-13 and 40. */
    @Test
    void facetsCombineWithAnd() {
        loadFixture();

        assertThat(ids(search("", Map.of(Facet.LANGUAGE, Set.of("en"), Facet.TYPE, Set.of("video")))))
                .containsExactly("oer-13");
        assertThat(ids(search("", Map.of(Facet.LANGUAGE, Set.of("en", "fr"), Facet.FORMAT, Set.of("video/mp4")))))
                .containsExactly("oer-13", "oer-40");
        assertThat(ids(search("", Map.of(Facet.COUNTRY, Set.of("CH"), Facet.SUBJECT, Set.of("0532"),
                Facet.LANGUAGE, Set.of("zh", "ru"))))).containsExactly("oer-19", "oer-20");
    }

    /**
     * Subjects are hierarchical: a document about 0541 also has 054 and 05, so the broad field finds every
     * document under it. 054 holds 0541 (13 documents) and 0542 (oer-11).
     */
    @Test
    void aBroadSubjectFindsEveryDocumentUnderIt() {
        loadFixture();

        Set<String> field054 = new HashSet<>(MATHEMATICS);
        field054.add("oer-11");
        assertHits(search("", Map.of(Facet.SUBJECT, Set.of("0541"))), MATHEMATICS);
        assertHits(search("", Map.of(Facet.SUBJECT, Set.of("054"))), field054);
        assertThat(search("", Map.of(Facet.SUBJECT, Set.of("05"))).total()).isEqualTo(29);
        assertHits(search("", Map.of(Facet.SUBJECT, Set.of("10"))), "oer-31", "oer-32");
    }

    /** Of the algebra documents, oer-12 has no licence and oer-03 and 04 are BY-SA. */
    @Test
    void filtersApplyToTextQueries() {
        loadFixture();

        assertHits(search("algebra", Map.of(Facet.LICENSE, Set.of(BY))), "oer-01", "oer-34");
        assertHits(search("algebra", Map.of(Facet.OPEN_LICENSE, Set.of("true"))), "oer-01", "oer-03", "oer-04", "oer-34");
        assertHits(search("algebra", Map.of(Facet.SOURCE, Set.of(FR))), "oer-34");
    }

    @Test
    void filterValuesMatchExactly() {
        loadFixture();

        assertHits(search("", Map.of(Facet.LANGUAGE, Set.of("EN"))));
        assertHits(search("", Map.of(Facet.LANGUAGE, Set.of("xx"))));
        assertHits(search("", Map.of(Facet.LICENSE, Set.of("https://creativecommons.org/licenses/by/4.0"))));
        assertHits(search("", Map.of(Facet.SOURCE, Set.of("us-*"))));
        assertHits(search("", Map.of(Facet.SOURCE, Set.of("*"))));
        assertHits(search("", Map.of(Facet.SUBJECT, Set.of("054*"))));
        assertHits(search("", Map.of(Facet.OPEN_LICENSE, Set.of("TRUE"))));
    }

    // ---- facets ---------------------------------------------------------------------------------------------

    /** Counted from the fixture; ties are broken by value, in code point order. */
    @Test
    void countsFacetValuesOfAllDocuments() {
        loadFixture();

        Map<Facet, List<FacetValue>> facets = search("").facets();

        assertThat(facets).containsOnlyKeys(Facet.values());
        assertThat(facets.get(Facet.LANGUAGE)).containsExactlyElementsOf(values(
                "en", 14, "fr", 6, "de", 5, "es", 4, "ru", 4, "zh", 4, "ar", 3, "hi", 2, "pt", 2, "sw", 2));
        assertThat(facets.get(Facet.SOURCE)).containsExactlyElementsOf(values(
                US, 12, WORLD, 11, FR, 6, DE, 5, ES, 4, BR, 2, KE, 2));
        assertThat(facets.get(Facet.COUNTRY)).containsExactlyElementsOf(values(
                "US", 12, "CH", 11, "FR", 6, "DE", 5, "ES", 4, "BR", 2, "KE", 2));
        // "http://rights…" sorts before "https://…" because ':' precedes 's'.
        assertThat(facets.get(Facet.LICENSE)).containsExactlyElementsOf(values(
                BY, 10, CC0, 10, BY_SA, 9, BY_NC, 5, ALL_RIGHTS_RESERVED, 2, BY_NC_SA, 2));
        assertThat(facets.get(Facet.OPEN_LICENSE)).containsExactlyElementsOf(values("true", 36, "false", 2));
        assertThat(facets.get(Facet.LEVEL)).containsExactlyElementsOf(values("2", 14, "1", 13, "3", 11, "6", 1));
        assertThat(facets.get(Facet.SUBJECT)).containsExactlyElementsOf(values(
                "05", 29, "054", 14, "0541", 13, "053", 10, "0532", 8, "02", 5, "051", 5, "0511", 5,
                "022", 3, "0222", 3, "06", 3, "061", 3, "0613", 3, "10", 2, "101", 2, "1014", 2,
                "021", 1, "0215", 1, "023", 1, "0231", 1, "0531", 1, "0533", 1, "0542", 1));
        assertThat(facets.get(Facet.TYPE)).containsExactlyElementsOf(values(
                "text", 23, "video", 7, "drill-and-practice", 5, "image", 4, "audio", 1));
        assertThat(facets.get(Facet.FORMAT)).containsExactlyElementsOf(values(
                "application/pdf", 15, "text/html", 13, "video/mp4", 7, "image/png", 4, "audio/mpeg", 1));
        assertThat(facets.get(Facet.ACCESSIBILITY)).containsExactlyElementsOf(values(
                "captions", 6, "alternativeText", 3, "transcript", 2));
        assertThat(facets.get(Facet.YEAR)).containsExactlyElementsOf(values(
                "2021", 7, "2022", 7, "2020", 6, "2023", 5, "2019", 4, "2018", 3, "2024", 3, "2017", 2,
                "2015", 1, "2016", 1));
    }

    /**
     * oer-01 [en, us, BY], 03 [es, es, BY-SA], 04 [de, de, BY-SA], 12 [en, us, none], 34 [en+fr, us+fr, BY].
     * Values compare as bytes: ".../by-sa/..." sorts before ".../by/..." because '-' precedes '/'.
     */
    @Test
    void countsFacetValuesOfTextMatches() {
        loadFixture();

        Map<Facet, List<FacetValue>> facets = search("algebra").facets();

        assertThat(facets.get(Facet.LANGUAGE)).containsExactlyElementsOf(values("en", 3, "de", 1, "es", 1, "fr", 1));
        assertThat(facets.get(Facet.SOURCE)).containsExactlyElementsOf(values(US, 3, DE, 1, ES, 1, FR, 1));
        assertThat(facets.get(Facet.LICENSE)).containsExactlyElementsOf(values(BY_SA, 2, BY, 2));
        assertThat(facets.get(Facet.OPEN_LICENSE)).containsExactlyElementsOf(values("true", 4));
        assertThat(facets.get(Facet.ACCESSIBILITY)).isEmpty();
    }

    /**
     * Multi-select: French documents are oer-02, 11, 14, 26, 34 and 40. The language facet ignores its own
     * selection and counts as if nothing were selected; the other facets count the French documents only.
     */
    @Test
    void aFacetsOwnSelectionDoesNotCollapseItsCounts() {
        loadFixture();

        SearchResult result = search("", Map.of(Facet.LANGUAGE, Set.of("fr")));

        assertThat(ids(result)).containsExactly("oer-02", "oer-11", "oer-14", "oer-26", "oer-34", "oer-40");
        assertThat(result.facets().get(Facet.LANGUAGE)).containsExactlyElementsOf(search("").facets().get(Facet.LANGUAGE));
        assertThat(result.facets().get(Facet.SOURCE)).containsExactlyElementsOf(values(FR, 6, US, 1));
        assertThat(result.facets().get(Facet.OPEN_LICENSE)).containsExactlyElementsOf(values("true", 6));
    }

    /**
     * German and open: oer-04, 18, 24 and 39 (oer-27 is not open). The language facet counts the open
     * documents (36: all but oer-12, 27, 32, 38), the open facet the German ones (4 open, oer-27 not).
     */
    @Test
    void eachFacetCountsWithEveryFilterButItsOwn() {
        loadFixture();

        SearchResult result = search("", Map.of(Facet.LANGUAGE, Set.of("de"), Facet.OPEN_LICENSE, Set.of("true")));

        assertThat(ids(result)).containsExactly("oer-04", "oer-18", "oer-24", "oer-39");
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.facets().get(Facet.LANGUAGE)).containsExactlyElementsOf(values(
                "en", 11, "fr", 6, "de", 4, "es", 4, "ru", 4, "zh", 4, "ar", 3, "hi", 2, "pt", 2, "sw", 2));
        assertThat(result.facets().get(Facet.OPEN_LICENSE)).containsExactlyElementsOf(values("true", 4, "false", 1));
        assertThat(result.facets().get(Facet.TYPE)).containsExactlyElementsOf(values(
                "text", 2, "drill-and-practice", 1, "video", 1));
    }

    /**
     * With words and three filters, each filtered facet counts exactly what the same query without its own
     * filter counts for it: a document failing two filters counts for neither facet, one failing only the
     * language filter counts for the language facet alone. Single words, words that must all be there, and
     * phrases (the Lucene adapter counts the first in a pass of their own, the others with the page).
     */
    @ParameterizedTest
    @ValueSource(strings = {"mathematics OR photosynthesis OR water", "", "mathematics introduction", "\"linear algebra\" OR mathematics"})
    void eachOfSeveralFiltersCountsAsTheQueryWithoutIt(String text) {
        loadFixture();
        Map<Facet, Set<String>> filters = Map.of(Facet.OPEN_LICENSE, Set.of("true"), Facet.LANGUAGE, Set.of("en", "es"),
                Facet.SUBJECT, Set.of("05"));

        SearchResult result = search(text, filters);

        assertThat(result.total()).isPositive().isLessThan(search(text).total());
        int narrowing = 0;
        for (Facet facet : filters.keySet()) {
            Map<Facet, Set<String>> others = new EnumMap<>(filters);
            others.remove(facet);
            SearchResult without = search(text, others);
            // (a selected value no document has is listed with 0 as well)
            assertThat(result.facets().get(facet).stream().filter(value -> value.count() > 0)).as(facet.key())
                    .containsExactlyElementsOf(without.facets().get(facet));
            if (without.total() > result.total()) narrowing++;
        }
        // some facet's own filter does narrow the hits, so its counts are not the matches' counts
        assertThat(narrowing).isPositive();
        assertThat(result.documents()).hasSize((int) result.total()).allSatisfy(hit -> filters.forEach((facet, selected) ->
                assertThat(hit.values(facet)).as(hit.id() + " " + facet.key()).containsAnyElementsOf(selected)));
        assertThat(result.facets().get(Facet.TYPE).stream().mapToLong(FacetValue::count).max().orElse(0))
                .isLessThanOrEqualTo(result.total());
    }

    /**
     * Browsing by a value most documents have (36 of 40 are open): every facet counts what the hits
     * themselves have, all of which are on the page.
     */
    @Test
    void browsingByAValueMostDocumentsHaveCountsWhatTheHitsHave() {
        loadFixture();

        SearchResult result = search("", Map.of(Facet.OPEN_LICENSE, Set.of("true")));

        assertThat(result.total()).isEqualTo(36);
        assertThat(result.documents()).hasSize(36);
        for (Facet facet : Facet.values()) {
            if (facet == Facet.OPEN_LICENSE) continue;
            Map<String, Long> expected = result.documents().stream().flatMap(hit -> hit.values(facet).stream())
                    .collect(Collectors.groupingBy(value -> value, Collectors.counting()));
            Map<String, Long> counted = result.facets().get(facet).stream()
                    .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
            assertThat(counted).as(facet.key()).isEqualTo(expected);
        }
        // two documents say nothing of their licence
        assertThat(result.facets().get(Facet.OPEN_LICENSE)).containsExactlyElementsOf(values("true", 36, "false", 2));
    }

    /** Multi-select with text: "algebra" matches five; selecting es keeps the other languages' counts. */
    @Test
    void multiSelectCountsRespectTheText() {
        loadFixture();

        SearchResult result = search("algebra", Map.of(Facet.LANGUAGE, Set.of("es")));

        assertHits(result, "oer-03");
        assertThat(result.facets().get(Facet.LANGUAGE)).containsExactlyElementsOf(values("en", 3, "de", 1, "es", 1, "fr", 1));
        assertThat(result.facets().get(Facet.SOURCE)).containsExactlyElementsOf(values(ES, 1));
    }

    /** 0541 has 13 documents, 0542 one: selecting 05 lists its whole subtree's counts unchanged. */
    @Test
    void countsHierarchicalSubjects() {
        loadFixture();

        SearchResult result = search("", Map.of(Facet.SUBJECT, Set.of("054")));

        assertThat(result.total()).isEqualTo(14);
        assertThat(result.facets().get(Facet.SUBJECT)).startsWith(
                values("05", 29, "054", 14, "0541", 13).toArray(FacetValue[]::new));
        assertThat(result.facets().get(Facet.LEVEL)).containsExactlyElementsOf(values("2", 9, "1", 3, "3", 2));
    }

    @Test
    void countsFacetValuesOfAllMatchesNotJustThePage() {
        loadFixture();

        SearchResult result = index.search(query("").withPage(2, 5));

        assertThat(result.hits()).hasSize(5);
        assertThat(result.facets().get(Facet.LANGUAGE)).first().isEqualTo(new FacetValue("en", 14));
    }

    /** oer-24 is in four languages and counts once for each. */
    @Test
    void aDocumentCountsOnceForEachOfItsValues() {
        loadFixture();

        Map<Facet, List<FacetValue>> facets = search("safety").facets();

        assertThat(facets.get(Facet.LANGUAGE)).containsExactlyElementsOf(values("de", 1, "en", 1, "ru", 1, "zh", 1));
    }

    /** Sixty sources, src-59 on three documents, src-30 on two: the first fifty by count, then by value. */
    @Test
    void listsAtMostFiftyValuesPerFacetMostFrequentFirst() {
        index.upsert(sixtySources());
        index.refresh();

        SearchResult result = search("lesson");

        List<FacetValue> expected = new ArrayList<>(values("src-59", 3, "src-30", 2));
        IntStream.range(0, 60).filter(i -> i != 30 && i != 59).limit(48)
                .forEach(i -> expected.add(new FacetValue("src-%02d".formatted(i), 1)));
        assertThat(result.facets().get(Facet.SOURCE)).hasSize(SearchResult.FACET_VALUES).containsExactlyElementsOf(expected);
        assertThat(result.total()).isEqualTo(63);
    }

    /**
     * Selected values are listed even beyond the first fifty (src-55 has one document) or when no hit has
     * them (src-99, count 0), in count order with the rest.
     */
    @Test
    void selectedValuesAreAlwaysListed() {
        index.upsert(sixtySources());
        index.refresh();

        SearchResult result = search("lesson", Map.of(Facet.SOURCE, Set.of("src-55", "src-99")));

        assertHits(result, "d-55");
        List<FacetValue> sources = result.facets().get(Facet.SOURCE);
        assertThat(sources).hasSize(SearchResult.FACET_VALUES + 2)
                .contains(new FacetValue("src-55", 1))
                .endsWith(new FacetValue("src-99", 0));
        assertThat(sources.subList(0, 2)).containsExactlyElementsOf(values("src-59", 3, "src-30", 2));
        assertThat(sources.stream().map(FacetValue::count).toList()).isSortedAccordingTo(Collections.reverseOrder());
    }

    private static List<SearchDocument> sixtySources() {
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 0; i < 60; i++) documents.add(sourced("d-%02d".formatted(i), "src-%02d".formatted(i)));
        documents.add(sourced("d-60", "src-59"));
        documents.add(sourced("d-61", "src-59"));
        documents.add(sourced("d-62", "src-30"));
        return documents;
    }

    private static SearchDocument sourced(String id, String source) {
        return SearchDocument.builder(id).title("en", "Lesson " + id).facet(Facet.SOURCE, source).build();
    }

    // ---- sort -----------------------------------------------------------------------------------------------

    /**
     * "volcanoes" is in every text field of "strong" and once at the end of a long description of "weak":
     * a clear score difference, the same on every engine.
     */
    @Test
    void relevanceRanksTheBetterMatchFirst() {
        index.upsert(List.of(
                SearchDocument.builder("a-weak").title("en", "Mountains")
                        .description("en", "Mountains, rivers, lakes, deserts, forests, valleys, coasts, islands,"
                                + " glaciers, plains, plateaus and, briefly, volcanoes.").build(),
                SearchDocument.builder("b-strong").title("en", "Volcanoes")
                        .description("en", "Volcanoes erupt.").text(SearchField.KEYWORD, "en", "volcanoes").build()));
        index.refresh();

        assertThat(ids(search("volcanoes", "en"))).containsExactly("b-strong", "a-weak");
    }

    /** Documents alike but for their ids score alike, and then come in id order. */
    @Test
    void relevanceTiesAreBrokenById() {
        index.upsert(List.of(document("tie-c", "Glaciers"), document("tie-a", "Glaciers"),
                document("tie-b", "Glaciers"), document("other", "Rivers")));
        index.refresh();

        assertThat(ids(search("glaciers"))).containsExactly("tie-a", "tie-b", "tie-c");
    }

    /**
     * Newest first by modification date; oer-39 and 40 share a date, as do oer-01 and 22 (then id order);
     * the eight without a date come last, in id order.
     */
    @Test
    void sortsNewestFirst() {
        loadFixture();

        SearchResult result = index.search(query("").withSort(SortOrder.NEWEST));

        assertThat(ids(result)).containsExactly("oer-39", "oer-40", "oer-28", "oer-07", "oer-13", "oer-03",
                "oer-01", "oer-22", "oer-09", "oer-10", "oer-16", "oer-34", "oer-30", "oer-02", "oer-20", "oer-08",
                "oer-04", "oer-31", "oer-14", "oer-18", "oer-35", "oer-23", "oer-06", "oer-17", "oer-29", "oer-37",
                "oer-24", "oer-15", "oer-36", "oer-11", "oer-25", "oer-27",
                "oer-05", "oer-12", "oer-19", "oer-21", "oer-26", "oer-32", "oer-33", "oer-38");
    }

    /** Titles compare case- and accent-insensitively: "Brüche" between "Bilingual" and "Der". */
    @Test
    void sortsByTitle() {
        loadFixture();

        SearchResult result = index.search(new SearchQuery("", "", Map.of(Facet.LANGUAGE, Set.of("fr", "de")),
                SortOrder.TITLE, 1, SearchQuery.MAX_SIZE, ""));

        assertThat(result.documents()).extracting(SearchDocument::title).containsExactly(
                "Bilingual Algebra Workbook", "Brüche verstehen", "Der Wasserkreislauf", "Einführung in die Algebra",
                "Geschichte Europas im 20. Jahrhundert", "Histoire de la Révolution française",
                "Introduction à la géométrie", "La photosynthèse des plantes", "Le cycle de l'eau",
                "Multilingual Chemistry Lab Safety", "Statistique descriptive");
    }

    @Test
    void equalTitlesAndDatesAreOrderedById() {
        Instant date = Instant.parse("2024-01-01T00:00:00Z");
        index.upsert(List.of(
                SearchDocument.builder("c").title("en", "Éclair").modified(date).build(),
                SearchDocument.builder("a").title("en", "eclair").modified(date).build(),
                SearchDocument.builder("b").title("fr", "ECLAIR").modified(date).build(),
                SearchDocument.builder("d").title("en", "Apple").build()));
        index.refresh();

        assertThat(ids(index.search(query("").withSort(SortOrder.TITLE)))).containsExactly("d", "a", "b", "c");
        assertThat(ids(index.search(query("").withSort(SortOrder.NEWEST)))).containsExactly("a", "b", "c", "d");
    }

    /** Text queries can be sorted by other orders too: the algebra documents by title. */
    @Test
    void textQueriesSortByTitleOrDate() {
        loadFixture();

        assertThat(ids(index.search(query("algebra").withSort(SortOrder.TITLE))))
                .containsExactly("oer-12", "oer-34", "oer-04", "oer-03", "oer-01");
        assertThat(ids(index.search(query("algebra").withSort(SortOrder.NEWEST))))
                .containsExactly("oer-03", "oer-01", "oer-34", "oer-04", "oer-12");
    }

    // ---- paging and cursors ---------------------------------------------------------------------------------

    @Test
    void pagesThroughAllDocumentsInIdOrder() {
        loadFixture();

        SearchResult second = index.search(query("").withPage(2, 7));
        SearchResult last = index.search(query("").withPage(6, 7));
        SearchResult beyond = index.search(query("").withPage(7, 7));

        assertThat(ids(second)).containsExactly("oer-08", "oer-09", "oer-10", "oer-11", "oer-12", "oer-13", "oer-14");
        assertThat(ids(last)).containsExactly("oer-36", "oer-37", "oer-38", "oer-39", "oer-40");
        assertThat(beyond.hits()).isEmpty();
        assertThat(List.of(second.total(), last.total(), beyond.total())).containsOnly(40L);
        assertThat(beyond.facets().get(Facet.SOURCE)).hasSize(7);
        assertThat(last.nextCursor()).isEmpty();
        assertThat(beyond.nextCursor()).isEmpty();
        assertThat(second.nextCursor()).isNotEmpty();
    }

    /** Page numbers reach {@link SearchQuery#MAX_WINDOW} hits deep, no further; the deepest page may be empty. */
    @Test
    void pageNumbersReachTheWindowAndNoFurther() {
        loadFixture();

        SearchResult deepest = index.search(query("").withPage(SearchQuery.MAX_WINDOW / SearchQuery.MAX_SIZE,
                SearchQuery.MAX_SIZE));

        assertThat(deepest.hits()).isEmpty();
        assertThat(deepest.total()).isEqualTo(40);
        assertThatThrownBy(() -> query("").withPage(SearchQuery.MAX_WINDOW / SearchQuery.MAX_SIZE + 1,
                SearchQuery.MAX_SIZE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLastPageHasNoNextCursor() {
        loadFixture();

        assertThat(index.search(query("").withPage(1, 40)).nextCursor()).isEmpty();
        assertThat(index.search(query("").withPage(1, 39)).nextCursor()).isNotEmpty();
        assertThat(search("algebra").nextCursor()).isEmpty();
    }

    static Stream<Arguments> orders() {
        return Stream.of(
                Arguments.of("", SortOrder.RELEVANCE),
                Arguments.of("", SortOrder.NEWEST),
                Arguments.of("", SortOrder.TITLE),
                // Thirteen documents with equal scores (the same subject labels), and more.
                Arguments.of("mathematics OR photosynthesis OR water", SortOrder.RELEVANCE),
                Arguments.of("mathematics OR photosynthesis OR water", SortOrder.NEWEST));
    }

    /**
     * Following cursors visits every hit exactly once, in the order of page numbers and of one big page,
     * including through ties of score, date and title.
     */
    @ParameterizedTest
    @MethodSource("orders")
    void cursorsVisitEveryHitOnceInPageOrder(String text, SortOrder sort) {
        loadFixture();
        SearchQuery first = new SearchQuery(text, "en", Map.of(), sort, 1, 3, "");
        List<String> all = ids(index.search(new SearchQuery(text, "en", Map.of(), sort, 1, SearchQuery.MAX_SIZE, "")));

        List<String> byPage = new ArrayList<>();
        for (int page = 1; page <= 15; page++) byPage.addAll(ids(index.search(first.withPage(page, 3))));
        List<String> byCursor = new ArrayList<>();
        SearchResult result = index.search(first);
        int pages = 1;
        byCursor.addAll(ids(result));
        while (!result.nextCursor().isEmpty()) {
            result = index.search(first.withCursor(result.nextCursor()));
            byCursor.addAll(ids(result));
            assertThat(result.total()).isEqualTo(all.size());
            assertThat(++pages).isLessThanOrEqualTo(15);
        }

        assertThat(all).doesNotHaveDuplicates().isNotEmpty();
        assertThat(byPage).containsExactlyElementsOf(all);
        assertThat(byCursor).containsExactlyElementsOf(all);
    }

    /** Cursors combine with filters: the English documents by title, four at a time. */
    @Test
    void cursorsPageFilteredResults() {
        loadFixture();
        SearchQuery first = new SearchQuery("", "", Map.of(Facet.LANGUAGE, Set.of("en")), SortOrder.TITLE, 1, 4, "");

        SearchResult page1 = index.search(first);
        SearchResult page2 = index.search(first.withCursor(page1.nextCursor()));

        assertThat(page1.documents()).extracting(SearchDocument::title).containsExactly(
                "Algebra Practice Problems", "Arabic–English Science Glossary", "Bilingual Algebra Workbook",
                "Cats and Dogs: A Pet Care Guide");
        assertThat(page2.documents()).extracting(SearchDocument::title).containsExactly(
                "Fun Run Training Plan", "Introduction to Algebra", "Multilingual Chemistry Lab Safety",
                "Music Theory Basics");
        assertThat(page2.total()).isEqualTo(14);
    }

    /**
     * A cursor continues after the hit it was made from, even when documents were added before and after it
     * and the next one deleted meanwhile: nothing is seen twice, nothing after it is missed.
     */
    @Test
    void aCursorStaysStableWhileDocumentsChange() {
        List<SearchDocument> lessons = IntStream.range(0, 20)
                .mapToObj(i -> document("l-%02d".formatted(i), "Lesson %02d".formatted(i))).toList();
        index.upsert(lessons);
        index.refresh();
        SearchQuery first = query("").withSort(SortOrder.TITLE).withPage(1, 5);
        SearchResult page1 = index.search(first);

        index.upsert(List.of(document("new-early", "Lesson 02b"), document("new-late", "Lesson 07b")));
        index.delete(List.of("l-05"));
        index.upsert(List.of(document("l-04", "Lesson 04")));
        index.refresh();
        SearchResult page2 = index.search(first.withCursor(page1.nextCursor()));

        assertThat(ids(page1)).containsExactly("l-00", "l-01", "l-02", "l-03", "l-04");
        assertThat(ids(page2)).containsExactly("l-06", "l-07", "new-late", "l-08", "l-09");
        assertThat(page2.total()).isEqualTo(21);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "!!!", "eyJ4IjoxfQ", "AAAA"})
    void aCursorThisServiceDidNotMakeIsRefused(String cursor) {
        loadFixture();

        assertThatThrownBy(() -> index.search(query("").withCursor(cursor)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The total is exact however many documents match, and the deepest page by number is followed by a
     * cursor: 10,001 documents, the last one reached only by the cursor.
     */
    @Test
    void totalsAreExactAndCursorsGoBeyondTheWindow() {
        List<SearchDocument> many = IntStream.range(0, SearchQuery.MAX_WINDOW + 1)
                .mapToObj(i -> SearchDocument.builder("m-%05d".formatted(i)).title("", "Item " + i).build())
                .toList();
        for (int from = 0; from < many.size(); from += 2_000) {
            index.upsert(many.subList(from, Math.min(many.size(), from + 2_000)));
        }
        index.refresh();

        SearchResult deepest = index.search(query("").withPage(SearchQuery.MAX_WINDOW / SearchQuery.MAX_SIZE,
                SearchQuery.MAX_SIZE));
        SearchResult beyond = index.search(query("").withCursor(deepest.nextCursor()));

        assertThat(deepest.total()).isEqualTo(10_001);
        assertThat(ids(deepest)).hasSize(100).startsWith("m-09900").endsWith("m-09999");
        assertThat(ids(beyond)).containsExactly("m-10000");
        assertThat(beyond.nextCursor()).isEmpty();
        assertThat(search("item").total()).isEqualTo(10_001);
        assertThat(index.count()).isEqualTo(10_001);
    }

    // ---- hits: matched fields and highlights ----------------------------------------------------------------

    @Test
    void hitsSayWhichFieldsMatched() {
        loadFixture();

        assertThat(hit(search("algebra"), "oer-01").matchedFields()).containsExactly(SearchField.TITLE);
        assertThat(hit(search("beginners algebra"), "oer-01").matchedFields())
                .containsExactlyInAnyOrder(SearchField.TITLE, SearchField.DESCRIPTION);
        assertThat(hit(search("chlorophyll"), "oer-13").matchedFields()).containsExactly(SearchField.KEYWORD);
        assertThat(hit(search("biology photosynthesis", "en"), "oer-13").matchedFields())
                .containsExactlyInAnyOrder(SearchField.SUBJECT, SearchField.TITLE);
    }

    @Test
    void highlightsMarkMatchesInTitleAndDescription() {
        loadFixture();

        SearchHit algebra = hit(search("algebra"), "oer-01");
        SearchHit folded = hit(search("algebra"), "oer-03");
        SearchHit stemmed = hit(search("equation", "en"), "oer-01");

        assertThat(algebra.highlights()).containsExactly(Map.entry(SearchField.TITLE, "Introduction to <mark>Algebra</mark>"));
        assertThat(folded.highlights()).containsEntry(SearchField.TITLE, "Introducción al <mark>álgebra</mark>");
        assertThat(stemmed.highlights()).containsExactly(Map.entry(SearchField.DESCRIPTION,
                "Linear <mark>equations</mark> and inequalities for beginners."));
    }

    @Test
    void highlightsAreHtmlEscaped() {
        index.upsert(List.of(document("html", "Fish & Chips <script>alert(1)</script>")));
        index.refresh();

        assertThat(hit(search("fish"), "html").highlights()).containsExactly(Map.entry(SearchField.TITLE,
                "<mark>Fish</mark> &amp; Chips &lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void aLongDescriptionIsHighlightedAroundItsFirstMatch() {
        String description = "Filler words. ".repeat(100) + "The volcano erupts. " + "More filler. ".repeat(100);
        index.upsert(List.of(SearchDocument.builder("long").title("en", "Long").description("en", description).build()));
        index.refresh();

        String highlight = hit(search("volcano"), "long").highlights().get(SearchField.DESCRIPTION);

        assertThat(highlight).contains("<mark>volcano</mark>").contains("…").hasSizeLessThan(description.length());
    }

    // ---- suggestions ----------------------------------------------------------------------------------------

    /**
     * Titles with a word starting "alg" (accents folded), in title order: "algebra practice…" (12),
     * "bilingual…" (34), "einführung…" (04), "introducción…" (03), "introduction…" (01).
     */
    @Test
    void suggestsTitlesWithAWordStartingAsTyped() {
        loadFixture();

        List<Suggestion> suggestions = index.suggest("alg", "", 10);

        assertThat(suggestions).extracting(Suggestion::text).containsExactly("Algebra Practice Problems",
                "Bilingual Algebra Workbook", "Einführung in die Algebra", "Introducción al álgebra",
                "Introduction to Algebra");
        assertThat(suggestions).extracting(Suggestion::value)
                .containsExactly("oer-12", "oer-34", "oer-04", "oer-03", "oer-01");
        assertThat(suggestions).allSatisfy(s -> assertThat(s.facet()).isEmpty());
        assertThat(index.suggest("ALG", "en", 10)).isEqualTo(suggestions);
        assertThat(index.suggest("alg", "", 2)).isEqualTo(suggestions.subList(0, 2));
    }

    /** Finished words must be in the title: "introduction" narrows to oer-01 (oer-02 has no "al…" word). */
    @Test
    void suggestionsNeedEveryFinishedWord() {
        loadFixture();

        assertThat(index.suggest("introduction al", "en", 5)).extracting(Suggestion::text)
                .containsExactly("Introduction to Algebra");
        assertThat(index.suggest("введение в алг", "ru", 5)).extracting(Suggestion::text)
                .containsExactly("Введение в алгебру");
        assertThat(index.suggest("unicorn al", "en", 5)).isEmpty();
    }

    @Test
    void suggestionsAreDistinctTitles() {
        index.upsert(List.of(document("b", "Algebra Basics"), document("a", "algebra basics"),
                document("c", "Algebra Basics"), document("d", "Algebra Drills")));
        index.refresh();

        assertThat(index.suggest("algebra", "en", 5)).extracting(Suggestion::value).containsExactly("a", "d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"", "(", "*"})
    void nothingTypedSuggestsNothing(String prefix) {
        loadFixture();

        assertThat(index.suggest(prefix, "en", 5)).isEmpty();
    }

    // ---- writes ---------------------------------------------------------------------------------------------

    @Test
    void countsDocuments() {
        assertThat(index.count()).isZero();

        loadFixture();

        assertThat(index.count()).isEqualTo(40);
    }

    @Test
    void upsertReplacesADocumentWithTheSameId() {
        loadFixture();
        SearchDocument replacement = SearchDocument.builder("oer-01").title("en", "Geometry Basics")
                .description("en", "Points and lines.").facet(Facet.LANGUAGE, "de", "fr").facet(Facet.SOURCE, WORLD)
                .build();

        index.upsert(List.of(replacement));
        index.refresh();

        assertThat(index.count()).isEqualTo(40);
        assertHits(search("algebra"), "oer-03", "oer-04", "oer-12", "oer-34");
        assertThat(search("geometry").documents()).containsExactly(replacement);
        assertThat(search("").facets().get(Facet.LANGUAGE)).startsWith(
                values("en", 13, "fr", 7, "de", 6).toArray(FacetValue[]::new));
    }

    @Test
    void theLastOfSeveralWritesOfAnIdWins() {
        index.upsert(List.of(document("x", "First draft"), document("x", "Second draft")));
        index.refresh();
        index.upsert(List.of(document("x", "Final version")));
        index.refresh();

        assertThat(index.count()).isEqualTo(1);
        assertThat(search("").documents()).containsExactly(document("x", "Final version"));
        assertHits(search("draft"));
    }

    @Test
    void deletesById() {
        loadFixture();

        index.delete(List.of("oer-13", "oer-20", "no-such-id"));
        index.refresh();

        assertThat(index.count()).isEqualTo(38);
        assertHits(search("photosynthesis"), "oer-37");
        assertHits(search("水循环"));
        assertThat(search("").facets().get(Facet.FORMAT)).contains(new FacetValue("image/png", 3));
    }

    @Test
    void deletesWhatWasWrittenSinceTheLastRefresh() {
        index.upsert(List.of(document("a", "Alpha"), document("b", "Beta")));
        index.delete(List.of("a"));
        index.refresh();

        assertThat(ids(search(""))).containsExactly("b");
    }

    @Test
    void writesAreVisibleAfterRefresh() {
        loadFixture();

        index.upsert(List.of(document("oer-41", "Late algebra addition")));
        index.refresh();

        assertThat(index.count()).isEqualTo(41);
        Set<String> expected = new HashSet<>(ALGEBRA);
        expected.add("oer-41");
        assertHits(search("algebra"), expected);
    }

    @Test
    void emptyWritesDoNothing() {
        loadFixture();

        assertThatCode(() -> {
            index.upsert(List.of());
            index.delete(List.of());
            index.refresh();
        }).doesNotThrowAnyException();
        assertThat(index.count()).isEqualTo(40);
    }

    @Test
    void clearRemovesEveryDocumentEvenUnrefreshedOnes() {
        loadFixture();
        index.upsert(List.of(document("late", "Late arrival")));

        index.clear();
        index.refresh();

        assertThat(index.count()).isZero();
        assertThat(search("").total()).isZero();
        assertThat(search("").facets().values()).allSatisfy(values -> assertThat(values).isEmpty());
    }

    @Test
    void theIndexIsUsableAfterClear() {
        loadFixture();
        index.clear();
        index.refresh();

        index.upsert(OerFixture.documents("oer-26"));
        index.refresh();

        assertThat(search("").documents()).containsExactlyElementsOf(OerFixture.documents("oer-26"));
        assertThat(search("").facets().get(Facet.SOURCE)).containsExactlyElementsOf(values(FR, 1));
    }

    /**
     * A facet value over 32766 bytes cannot be indexed by either engine (Lucene's term limit, also
     * Elasticsearch's): the failure names the document, and the others of the batch are written.
     */
    @Test
    void aDocumentTheEngineRefusesIsReportedAndTheOthersAreWritten() {
        SearchDocument bad = SearchDocument.builder("too-big").title("en", "Huge source")
                .facet(Facet.SOURCE, "s".repeat(40_000)).build();

        assertThatThrownBy(() -> index.upsert(List.of(document("fine", "Fine"), bad, document("fine-too", "Fine too"))))
                .isInstanceOfSatisfying(RejectedDocumentsException.class,
                        e -> assertThat(e.reasonsById()).containsOnlyKeys("too-big"));
        index.refresh();

        assertThat(ids(search(""))).containsExactly("fine", "fine-too");
    }

    /** Ids are exact keys, not analysed text, and sort by their UTF-8 bytes ("A" before "a", " " before "-"). */
    @Test
    void idsAreMatchedExactly() {
        index.upsert(List.of(document("a-b", "One"), document("a b", "Two"), document("A-B", "Three")));
        index.refresh();

        index.delete(List.of("a-b"));
        index.refresh();

        assertThat(ids(search(""))).containsExactly("A-B", "a b");
    }

    // ---- rebuild --------------------------------------------------------------------------------------------

    /**
     * While a rebuild fills the new index, searches see the old one; once it completes they see the new one
     * (no refresh needed), and what was not written to it is gone.
     */
    @Test
    void aRebuildReplacesTheIndexWhenItCompletes() {
        loadFixture();

        try (SearchIndex.Rebuild rebuild = index.startRebuild()) {
            rebuild.upsert(OerFixture.documents("oer-01", "oer-02", "oer-03"));
            rebuild.upsert(List.of(document("new", "New algebra")));

            assertThat(index.count()).isEqualTo(40);
            assertHits(search("algebra"), ALGEBRA);

            rebuild.complete();
        }

        assertThat(index.count()).isEqualTo(4);
        assertThat(ids(search(""))).containsExactly("new", "oer-01", "oer-02", "oer-03");
        assertHits(search("algebra"), "new", "oer-01", "oer-03");
        assertThat(search("").facets().get(Facet.SOURCE)).containsExactlyElementsOf(values(ES, 1, FR, 1, "test", 1, US, 1));
    }

    /** Upserts and deletes through the index during a rebuild reach both the old and the new index. */
    @Test
    void writesDuringARebuildReachTheNewIndex() {
        loadFixture();

        try (SearchIndex.Rebuild rebuild = index.startRebuild()) {
            rebuild.upsert(OerFixture.documents());
            index.upsert(List.of(document("live", "Written during the rebuild")));
            index.delete(List.of("oer-40"));
            index.refresh();

            assertThat(index.count()).isEqualTo(40);
            assertHits(search("rebuild"), "live");

            rebuild.upsert(List.of(document("late", "Rebuilt late")));
            rebuild.complete();
        }

        assertThat(index.count()).isEqualTo(41);
        assertHits(search("rebuild"), "live");
        assertHits(search("late"), "late");
        assertHits(search("", Map.of(Facet.YEAR, Set.of("2024"))), "oer-28", "oer-39");
    }

    /** A rebuild closed without completing is dropped; the live index goes on alone. */
    @Test
    void anAbandonedRebuildLeavesTheIndexAsItWas() {
        loadFixture();

        try (SearchIndex.Rebuild rebuild = index.startRebuild()) {
            rebuild.upsert(List.of(document("abandoned", "Never live")));
        }
        index.upsert(List.of(document("after", "Written after")));
        index.refresh();

        assertThat(index.count()).isEqualTo(41);
        assertHits(search("never"));
        assertHits(search("written"), "after");
    }

    @Test
    void oneRebuildAtATime() {
        loadFixture();

        try (SearchIndex.Rebuild first = index.startRebuild()) {
            assertThatThrownBy(index::startRebuild).isInstanceOf(IllegalStateException.class);
            first.upsert(OerFixture.documents("oer-01"));
            first.complete();
        }
        try (SearchIndex.Rebuild second = index.startRebuild()) {
            second.upsert(OerFixture.documents("oer-02"));
            second.complete();
        }

        assertThat(ids(search(""))).containsExactly("oer-02");
    }

    // ---- concurrency ----------------------------------------------------------------------------------------

    /**
     * Searches running while another thread writes and refreshes never fail, and each reader only ever sees
     * the number of documents grow, a whole batch at a time.
     */
    @Test
    void searchesWhileWriting() throws Exception {
        loadFixture();
        int batches = 20;
        int batchSize = 10;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<Long>>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(threads.submit(() -> {
                    List<Long> totals = new ArrayList<>();
                    boolean writerDone;
                    do {
                        // Read before searching: once the writer is done, one more search sees everything.
                        writerDone = !writing.get();
                        totals.add(index.search(query("lesson").withPage(1, 5)).total());
                    } while (!writerDone);
                    return totals;
                }));
            }
            Future<?> writer = threads.submit(() -> {
                try {
                    for (int b = 0; b < batches; b++) {
                        List<SearchDocument> batch = new ArrayList<>();
                        for (int i = 0; i < batchSize; i++) {
                            String id = "w-%03d-%02d".formatted(b, i);
                            batch.add(document(id, "Lesson " + id));
                        }
                        index.upsert(batch);
                        index.refresh();
                    }
                } finally {
                    writing.set(false);
                }
            });
            writer.get();
            for (Future<List<Long>> reader : readers) {
                List<Long> totals = reader.get();
                assertThat(totals).isSorted().allSatisfy(total -> assertThat(total % batchSize).isZero());
                assertThat(totals.get(totals.size() - 1)).isEqualTo(batches * batchSize);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(index.count()).isEqualTo(40 + batches * batchSize);
    }

    /** Searches go on while a rebuild fills and swaps in a new index, and always see a whole index. */
    @Test
    void searchesWhileRebuilding() throws Exception {
        loadFixture();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Set<Long>> reader = threads.submit(() -> {
                Set<Long> totals = new LinkedHashSet<>();
                boolean done;
                do {
                    done = !rebuilding.get();
                    totals.add(index.search(query("")).total());
                } while (!done);
                return totals;
            });
            try (SearchIndex.Rebuild rebuild = index.startRebuild()) {
                for (int i = 0; i < 40; i += 8) rebuild.upsert(OerFixture.documents().subList(i, i + 8));
                rebuild.upsert(List.of(document("extra", "Extra")));
                rebuild.complete();
            } finally {
                rebuilding.set(false);
            }

            assertThat(reader.get()).containsAnyOf(40L, 41L).isSubsetOf(40L, 41L).contains(41L);
        } finally {
            threads.shutdownNow();
        }
    }
}
