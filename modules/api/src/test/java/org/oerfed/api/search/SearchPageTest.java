package org.oerfed.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code GET /search}: the page for people, without scripts. */
class SearchPageTest extends ServedSearchTest {

    @Test
    void showsTheSearchBoxTheHitsWithHighlightsAndTheFeeds() {
        HttpResponse<String> response = http.get("/search?q=fractions&lang=fr");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).contains("default-src 'none'"));
        String page = response.body();
        assertThat(page).startsWith("<!DOCTYPE html>")
                .contains("<input type=\"search\" id=\"q\" name=\"q\" value=\"fractions\">")
                .contains("<option value=\"fr\" selected lang=\"fr\">français</option>")
                .contains("<a href=\"" + SearchServer.BASE + "resource/alpha-fractions\">Introduction aux <mark>fractions</mark></a>")
                .contains("2 resources")
                .contains("type=\"application/opensearchdescription+xml\"")
                .contains("href=\"" + SearchServer.BASE + "api/search?q=fractions&amp;lang=fr&amp;output=atom\"")
                .doesNotContain("<script");
        // the hostile title is escaped, and a javascript: URL is not made a link
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("href=\"javascript:");
    }

    @Test
    void listsFacetValuesAsLinksThatSelectAndUnselectThemWithTheirLabels() {
        String page = http.get("/search?lang=fr&language=fr").body();
        // selected: the link takes it away; unselected: the link adds it to the selection
        assertThat(page).contains("<a href=\"" + SearchServer.BASE + "search?lang=fr\" class=\"on\" aria-current=\"true\">☑ français</a> (1)");
        assertThat(page).contains("<a href=\"" + SearchServer.BASE + "search?lang=fr&amp;language=es&amp;language=fr\">☐ espagnol</a> (1)");
        assertThat(page).contains("☐ Mathématiques</a> (1)").contains("☐ open licence only</a> (1)");
        // the selection is kept when a new text is searched
        assertThat(page).contains("<input type=\"hidden\" name=\"language\" value=\"fr\">");
    }

    @Test
    void offersNoLinkThatWouldSelectMoreValuesThanASearchMayHave() {
        String query = java.util.stream.IntStream.range(0, 99).mapToObj(i -> "source=s" + i)
                .collect(java.util.stream.Collectors.joining("&")) + "&source=alpha";
        HttpResponse<String> response = http.get("/search?" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<li>☐ beta (1)</li>").contains("☑ alpha</a> (2)");
    }

    @Test
    void pagesByCursorToTheEnd() {
        String page = http.get("/search?source=filler&size=20").body();
        int pages = 1;
        while (true) {
            Matcher next = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\">").matcher(page);
            if (!next.find()) break;
            page = http.follow(next.group(1).replace("&amp;", "&")).body();
            assertThat(page).contains("First page");
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(page).contains("Filler resource");
    }
}
