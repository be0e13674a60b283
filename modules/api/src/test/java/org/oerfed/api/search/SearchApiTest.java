package org.oerfed.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code GET /api/search} as JSON, through a real HTTP client. */
class SearchApiTest extends ServedSearchTest {

    @Test
    void givesEveryFieldOfAHitWithALinkToTheResource() {
        HttpResponse<String> response = http.get("/api/search?q=fractions&lang=fr");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept", "Accept-Language"));
        JsonNode hit = find(HttpCalls.json(response).get("hits"), "alpha-fractions");
        assertThat(hit.get("title").asText()).isEqualTo("Introduction aux fractions");
        assertThat(hit.get("description").asText()).startsWith("Les fractions");
        assertThat(hit.get("url").asText()).isEqualTo("https://alpha.example.org/fractions");
        assertThat(hit.get("resource").asText()).isEqualTo(SearchServer.BASE + "resource/alpha-fractions");
        assertThat(hit.get("modified").asText()).isEqualTo("2024-03-01T10:00:00Z");
        assertThat(texts(hit.get("languages"))).containsExactly("fr");
        assertThat(hit.get("license").asText()).isEqualTo(SearchFixture.CC_BY);
        assertThat(texts(hit.get("sources"))).containsExactly("alpha");
        assertThat(texts(hit.get("facets").get("subject"))).containsExactly("05", "054", "0541");
        assertThat(texts(hit.get("facets").get("open"))).containsExactly("true");
        assertThat(texts(hit.get("matchedFields"))).containsExactly("title", "description");
        assertThat(hit.get("highlights").get("title").asText()).isEqualTo("Introduction aux <mark>fractions</mark>");
    }

    @Test
    void saysWhichFieldMatchedAResourceFoundThroughASubjectLabelInAnotherLanguage() {
        JsonNode result = http.json("/api/search?q=" + HttpCalls.encode("Mathématiques"));
        JsonNode algebra = find(result.get("hits"), "beta-algebra");
        assertThat(texts(algebra.get("matchedFields"))).containsExactly("subject");
        assertThat(algebra.get("highlights").size()).isZero();
    }

    @Test
    void labelsFacetValuesInTheUsersLanguageFromTheParameterOrTheHeader() {
        assertThat(label(http.json("/api/search?lang=fr"), "level", "1")).isEqualTo("Enseignement primaire");
        assertThat(label(http.json("/api/search?lang=fr"), "subject", "0541")).isEqualTo("Mathématiques");
        assertThat(label(http.json("/api/search", "Accept-Language", "es-PE, es;q=0.9, en;q=0.5"), "subject", "0541"))
                .isEqualTo("Matemáticas");
        assertThat(label(http.json("/api/search?lang=pt-BR"), "type", "video")).isEqualTo("Vídeo");
        JsonNode neutral = http.json("/api/search");
        assertThat(label(neutral, "subject", "0541")).isEqualTo("Mathematics");
        assertThat(label(neutral, "license", SearchFixture.CC_BY)).isEqualTo("Creative Commons Attribution 4.0");
        assertThat(label(neutral, "language", "sw")).isEqualTo("Swahili");
        assertThat(label(neutral, "country", "SN")).isEqualTo("Senegal");
        assertThat(facetValue(neutral, "source", "alpha").get("label").isNull()).isTrue();
        // a parameter wins over the header, and '*' means no language
        assertThat(label(http.json("/api/search?lang=*", "Accept-Language", "fr"), "subject", "0541")).isEqualTo("Mathematics");
        assertThat(label(http.json("/api/search?lang=de", "Accept-Language", "fr"), "subject", "0541")).isEqualTo("Mathematik");
    }

    @Test
    void combinesValuesOfAFacetWithOrAndKeepsTheFacetsOwnCounts() {
        JsonNode one = http.json("/api/search?language=fr");
        JsonNode two = http.json("/api/search?language=fr&language=es&language=fr");
        assertThat(one.get("total").asLong()).isEqualTo(1);
        assertThat(two.get("total").asLong()).isEqualTo(2);
        // the language facet ignores its own selection: English is still counted, unselected
        assertThat(facetValue(two, "language", "en").get("count").asLong()).isEqualTo(SearchFixture.FILLERS + 2);
        assertThat(facetValue(two, "language", "en").get("selected").asBoolean()).isFalse();
        assertThat(facetValue(two, "language", "fr").get("selected").asBoolean()).isTrue();
        // other facets count within the selection
        assertThat(texts(two.get("facets").get("source"), "value")).containsExactlyInAnyOrder("alpha", "beta");
        // and facets combine with AND
        assertThat(http.json("/api/search?language=fr&language=es&country=PE").get("total").asLong()).isEqualTo(1);
        assertThat(http.json("/api/search?open=true").get("total").asLong()).isEqualTo(3);
        assertThat(http.json("/api/search?open=TRUE&country=sn").get("total").asLong()).isEqualTo(2);
    }

    @Test
    void pagesByCursorThroughEveryHitOnceInTheOrderOfPageNumbers() {
        List<String> byPages = new ArrayList<>();
        for (int page = 1; page <= 6; page++) byPages.addAll(ids(http.json("/api/search?sort=title&size=10&page=" + page)));
        List<String> byCursor = new ArrayList<>();
        JsonNode result = http.json("/api/search?sort=title&size=10");
        int pages = 1;
        while (true) {
            byCursor.addAll(ids(result));
            if (result.get("next").isNull()) break;
            String next = result.get("next").asText();
            assertThat(next).startsWith(SearchServer.BASE + "api/search?").contains("sort=title", "size=10", "cursor=").doesNotContain("page=");
            result = HttpCalls.json(http.follow(next));
            pages++;
        }
        assertThat(pages).isEqualTo(6);
        assertThat(byCursor).hasSize(SearchFixture.documents().size()).doesNotHaveDuplicates().isEqualTo(byPages);
    }

    @Test
    void keepsEveryParameterOfTheSearchInTheNextLink() {
        JsonNode result = http.json("/api/search?q=resource&lang=en&source=filler&year=2001&year=2002&sort=newest&size=2&utm_source=x");
        String next = result.get("next").asText();
        assertThat(next).contains("q=resource", "lang=en", "source=filler", "year=2001", "year=2002", "sort=newest", "size=2")
                .doesNotContain("utm_source");
        JsonNode second = HttpCalls.json(http.follow(next));
        assertThat(second.get("total")).isEqualTo(result.get("total"));
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(result));
    }

    @Test
    void sortsByNewestAndByTitle() {
        assertThat(ids(http.json("/api/search?sort=newest&size=3"))).containsExactly("alpha-fractions", "beta-algebra", "alpha-water");
        List<String> titles = texts(http.json("/api/search?sort=title&size=100&source=filler").get("hits"), "title");
        assertThat(titles).first().isEqualTo("Filler resource 1");
        assertThat(titles).element(1).isEqualTo("Filler resource 10");
    }

    @Test
    void ignoresParametersItDoesNotTakeAndListsThem() {
        JsonNode result = http.json("/api/search?q=volcanoes&utm_source=portal&_=1712345&Q=x");
        assertThat(result.get("total").asLong()).isEqualTo(1);
        assertThat(texts(result.get("ignoredParameters"))).containsExactly("Q", "_", "utm_source");
        assertThat(http.json("/api/search").get("ignoredParameters").size()).isZero();
    }

    @Test
    void takesEmptyOptionalParametersAsAbsentAsOpenSearchClientsSendThem() {
        JsonNode result = http.json("/api/search?q=volcanoes&page=&size=&lang=&sort=&cursor=&language=");
        assertThat(result.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void answersASearchWithoutHitsWithEveryFacetEmpty() {
        JsonNode none = http.json("/api/search?q=zzzyyyxxx");
        assertThat(none.get("total").asLong()).isZero();
        assertThat(none.get("hits").size()).isZero();
        assertThat(none.get("next").isNull()).isTrue();
        assertThat(none.get("facets").size()).isEqualTo(11);
        none.get("facets").forEach(values -> assertThat(values.isArray()).isTrue());
    }

    static JsonNode find(JsonNode hits, String id) {
        for (JsonNode hit : hits) if (hit.get("id").asText().equals(id)) return hit;
        throw new AssertionError("no hit " + id + " in " + hits);
    }

    static List<String> ids(JsonNode result) {
        return texts(result.get("hits"), "id");
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).asText()));
        return texts;
    }

    private static JsonNode facetValue(JsonNode result, String facet, String value) {
        for (JsonNode v : result.get("facets").get(facet)) if (v.get("value").asText().equals(value)) return v;
        throw new AssertionError("no value " + value + " of " + facet + " in " + result.get("facets").get(facet));
    }

    private static String label(JsonNode result, String facet, String value) {
        return facetValue(result, facet, value).get("label").asText();
    }
}
