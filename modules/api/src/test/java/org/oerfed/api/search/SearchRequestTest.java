package org.oerfed.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oerfed.api.InvalidParametersException;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SortOrder;

/** Reading a search from request parameters, without HTTP. */
class SearchRequestTest {

    @Test
    void readsNothingAsTheFirstPageOfEverything() {
        SearchRequest request = read(Map.of(), null);
        assertThat(request.query()).isEqualTo(new SearchQuery("", "", Map.of(), SortOrder.RELEVANCE, 1, SearchQuery.DEFAULT_SIZE, ""));
        assertThat(request.format()).isEmpty();
        assertThat(request.ignored()).isEmpty();
    }

    @Test
    void readsEveryParameter() {
        SearchRequest request = read(Map.ofEntries(Map.entry("q", List.of(" fractions ")), Map.entry("lang", List.of("pt-br")),
                Map.entry("sort", List.of("Newest")), Map.entry("page", List.of("3")), Map.entry("size", List.of("50")),
                Map.entry("output", List.of("RSS")), Map.entry("country", List.of("sn", "SN", "pe")), Map.entry("language", List.of("FR")),
                Map.entry("open", List.of("True")), Map.entry("year", List.of("2024")), Map.entry("subject", List.of("0541", " ", ""))), "de");
        SearchQuery query = request.query();
        assertThat(query.text()).isEqualTo("fractions");
        assertThat(query.language()).isEqualTo("pt-BR");
        assertThat(query.sort()).isEqualTo(SortOrder.NEWEST);
        assertThat(query.page()).isEqualTo(3);
        assertThat(query.size()).isEqualTo(50);
        assertThat(request.format()).contains(SearchFormat.RSS);
        assertThat(query.filters()).isEqualTo(Map.of(Facet.COUNTRY, Set.of("SN", "PE"), Facet.LANGUAGE, Set.of("fr"),
                Facet.OPEN_LICENSE, Set.of("true"), Facet.YEAR, Set.of("2024"), Facet.SUBJECT, Set.of("0541")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fr-CH, fr;q=0.9, en;q=0.8|fr-CH", "en;q=0.5, de|de", "*|''", "*, es;q=0.1|es",
            "fr;q=0, it|it", ";;;|''", "en;q=abc|''", "x-klingon|x-klingon", "''|''"})
    void takesTheLanguageTheHeaderPrefersWhenNoneIsGiven(String header, String expected) {
        assertThat(read(Map.of(), header).query().language()).isEqualTo(expected);
        assertThat(read(Map.of("lang", List.of("ar")), header).query().language()).isEqualTo("ar");
    }

    @Test
    void listsTheParametersItIgnores() {
        assertThat(read(Map.of("utm_source", List.of("x"), "Q", List.of("y"), "q", List.of("z")), null).ignored())
                .containsExactly("Q", "utm_source");
    }

    @Test
    void namesEveryInvalidParameter() {
        assertThatThrownBy(() -> read(Map.of("size", List.of("0"), "sort", List.of("x"), "year", List.of("99")), null))
                .isInstanceOfSatisfying(InvalidParametersException.class, e -> assertThat(e.invalid())
                        .extracting(p -> p.name()).containsExactlyInAnyOrder("size", "sort", "year"));
    }

    @Test
    void writesTheParametersBackInOneOrderWithoutDefaults() {
        SearchQuery query = read(Map.of("year", List.of("2024", "2023"), "q", List.of("a b&c"), "size", List.of("20"),
                "sort", List.of("title"), "lang", List.of("fr")), null).query();
        assertThat(SearchLinks.queryString(query, SearchFormat.ATOM)).isEqualTo("?q=a+b%26c&lang=fr&year=2023&year=2024&sort=title&output=atom");
        assertThat(SearchLinks.queryString(query.withCursor("abc"), SearchFormat.JSON)).endsWith("&sort=title&cursor=abc");
    }

    @Test
    void cleansTextForXml() {
        assertThat(XmlText.clean("a\u0000b\u0007c\td\ne\uD800f\uDC00g\uD83D\uDE00h\uFFFEi\uFFFF")).isEqualTo("abc\td\nefg\uD83D\uDE00hi");
        assertThat(XmlText.clean("plain")).isSameAs("plain");
    }

    @Test
    void foldsTypedTextAsLabelsAreFolded() {
        assertThat(Folding.fold("  MATHÉMATIQUES, et-statistiques ")).isEqualTo("mathematiques et statistiques");
        assertThat(Folding.fold("गणित")).isEqualTo("गणित");
        assertThat(Folding.fold("\"(*)\"")).isEmpty();
    }

    @Test
    void labelsFallBackToThePrimaryLanguageThenEnglishThenAny() {
        Map<String, String> labels = new java.util.TreeMap<>(Map.of("de", "Mathematik", "en", "Mathematics", "pt", "Matemática"));
        assertThat(ConceptLabels.pick(labels, "pt-BR")).contains("Matemática");
        assertThat(ConceptLabels.pick(labels, "sw")).contains("Mathematics");
        assertThat(ConceptLabels.pick(new java.util.TreeMap<>(Map.of("fr", "Mathématiques", "de", "Mathematik")), "sw")).contains("Mathematik");
        assertThat(ConceptLabels.pick(Map.of(), "fr")).isEqualTo(Optional.empty());
    }

    private static SearchRequest read(Map<String, List<String>> parameters, String acceptLanguage) {
        return SearchRequest.read(new ParameterReader(parameters), acceptLanguage);
    }
}
