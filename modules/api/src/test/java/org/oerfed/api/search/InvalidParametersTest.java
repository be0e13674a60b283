package org.oerfed.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a parameter of the search or the suggestions can be wrong: a 400 problem naming it. */
class InvalidParametersTest extends ServedSearchTest {

    static Stream<Arguments> invalidSearches() {
        String manyLanguages = IntStream.rangeClosed(1, 101).mapToObj(i -> "language=l" + i).collect(Collectors.joining("&"));
        return Stream.of(
                Arguments.of("size=0", "size", "from 1 to 100"),
                Arguments.of("size=101", "size", "from 1 to 100"),
                Arguments.of("size=ten", "size", "'ten'"),
                Arguments.of("size=1e3", "size", "whole number"),
                Arguments.of("size=20&size=30", "size", "once"),
                Arguments.of("page=0", "page", "whole number"),
                Arguments.of("page=-1", "page", "whole number"),
                Arguments.of("page=2147483648", "page", "whole number"),
                Arguments.of("page=9223372036854775808", "page", "whole number"),
                Arguments.of("page=1.5", "page", "whole number"),
                Arguments.of("page=501", "page", "10000"),
                Arguments.of("page=101&size=100", "page", "cursor"),
                Arguments.of("page=2&cursor=YXQ6MjA", "page", "cursor"),
                Arguments.of("sort=best", "sort", "relevance"),
                Arguments.of("sort=newest&sort=title", "sort", "once"),
                Arguments.of("output=xml", "output", "atom"),
                Arguments.of("lang=not_a_tag!", "lang", "BCP 47"),
                Arguments.of("lang=abcdefghijk", "lang", "BCP 47"),
                Arguments.of("q=a&q=b", "q", "once"),
                Arguments.of("cursor=bogus", "cursor", "next"),
                Arguments.of("cursor=" + "A".repeat(2_001), "cursor", "next"),
                Arguments.of("open=maybe", "open", "'true'"),
                Arguments.of("open=1", "open", "'true'"),
                Arguments.of("year=20x4", "year", "four-digit"),
                Arguments.of("year=12345", "year", "four-digit"),
                Arguments.of("license=" + "x".repeat(301), "license", "300"),
                Arguments.of(manyLanguages, "language", "at most 100"));
    }

    @ParameterizedTest
    @MethodSource("invalidSearches")
    void refusesAnInvalidSearchParameterByName(String query, String name, String reasonPart) {
        assertNamesParameter(http.get("/api/search?" + query), name, reasonPart);
    }

    @ParameterizedTest
    @MethodSource("invalidSearches")
    void refusesAnInvalidFeedOrPageAlike(String query, String name, String reasonPart) {
        assertNamesParameter(http.get("/api/search?" + query, "Accept", "application/atom+xml"), name, reasonPart);
        HttpResponse<String> page = http.get("/search?" + query);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<code>" + name + "</code>");
    }

    static Stream<Arguments> invalidSuggestions() {
        return Stream.of(
                Arguments.of("q=ma&size=0", "size", "from 1 to 20"),
                Arguments.of("q=ma&size=21", "size", "from 1 to 20"),
                Arguments.of("q=ma&size=x", "size", "whole number"),
                Arguments.of("q=ma&output=xml", "output", "opensearch"),
                Arguments.of("q=ma&lang=%25%25", "lang", "BCP 47"),
                Arguments.of("q=ma&q=mb", "q", "once"));
    }

    @ParameterizedTest
    @MethodSource("invalidSuggestions")
    void refusesAnInvalidSuggestionParameterByName(String query, String name, String reasonPart) {
        assertNamesParameter(http.get("/api/suggest?" + query), name, reasonPart);
    }

    @Test
    void namesEveryInvalidParameterAtOnce() {
        HttpResponse<String> response = http.get("/api/search?size=0&page=x&sort=foo&open=maybe&q=fine&level=1");
        JsonNode problem = assertNamesParameter(response, "size", "from 1 to 100");
        List<String> names = SearchApiTest.texts(problem.get("invalid-params"), "name");
        assertThat(names).containsExactlyInAnyOrder("size", "page", "sort", "open");
        assertThat(problem.get("detail").asText()).contains("'size'", "'page'", "'sort'", "'open'");
    }

    @Test
    void echoesNoMoreThanABitOfAHugeValue() {
        HttpResponse<String> response = http.get("/api/search?sort=" + "z".repeat(3_000));
        assertNamesParameter(response, "sort", "relevance");
        assertThat(response.body().length()).isLessThan(1_000);
    }

    private static JsonNode assertNamesParameter(HttpResponse<String> response, String name, String reasonPart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = HttpCalls.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("title").asText()).isEqualTo("Bad Request");
        assertThat(problem.get("type").asText()).isEqualTo("about:blank");
        JsonNode named = null;
        for (JsonNode parameter : problem.get("invalid-params")) if (parameter.get("name").asText().equals(name)) named = parameter;
        assertThat(named).as("invalid-params names '%s': %s", name, problem).isNotNull();
        assertThat(named.get("reason").asText()).contains(reasonPart);
        return problem;
    }
}
