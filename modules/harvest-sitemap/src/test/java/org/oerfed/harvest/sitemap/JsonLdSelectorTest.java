package org.oerfed.harvest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Finding a page's JSON-LD blocks, and the object among them that describes the page's resource. */
class JsonLdSelectorTest {
    private static final URI PAGE = URI.create("https://oer.example.org/lessons/1");
    private final JsonLdExtractor extractor = new JsonLdExtractor();
    private final JsonLdSelector selector = new JsonLdSelector();
    private final ObjectMapper json = new ObjectMapper();

    private List<String> blocks(String html, Optional<String> contentType) {
        return extractor.extract(html.getBytes(StandardCharsets.UTF_8), contentType, PAGE);
    }

    private JsonNode chosen(String... blocks) throws Exception {
        return json.readTree(selector.select(List.of(blocks), PAGE).jsonLd().orElseThrow().json());
    }

    @Test
    void extractsOnlyJsonLdScriptsWhateverTheirCaseParametersOrWrappers() {
        List<String> found = blocks("""
                <html><head>
                <script type="application/ld+json">{"a": 1}</script>
                <script type=" Application/LD+JSON ; charset=utf-8"><!-- {"b": 2} --></script>
                <script type="text/javascript">{"c": 3}</script>
                <script>{"d": 4}</script>
                </head><body><p>{"e": 5}</p><script type="application/ld+json">
                //<![CDATA[
                {"f": 6}
                //]]>
                </script></body></html>
                """, Optional.of("text/html"));

        assertThat(found).containsExactly("{\"a\": 1}", "{\"b\": 2}", "{\"f\": 6}");
    }

    @Test
    void readsTheCharsetTheResponseNames() {
        byte[] latin1 = "<script type=\"application/ld+json\">{\"name\": \"Géométrie\"}</script>".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(extractor.extract(latin1, Optional.of("text/html; charset=ISO-8859-1"), PAGE)).containsExactly("{\"name\": \"Géométrie\"}");
    }

    @Test
    void aLearningResourceIsPreferredToAnEarlierCreativeWorkAndPlainPagesAreNotResources() throws Exception {
        JsonNode chosen = chosen(
                "{\"@context\": \"https://schema.org\", \"@type\": \"WebPage\", \"name\": \"Page\"}",
                "{\"@context\": \"https://schema.org\", \"@type\": \"Article\", \"name\": \"Blog post\"}",
                "{\"@context\": \"https://schema.org\", \"@type\": [\"schema:Quiz\"], \"name\": \"Quiz\"}");

        assertThat(chosen.get("name").asText()).isEqualTo("Quiz");
        assertThat(selector.select(List.of("{\"@type\": \"WebPage\", \"name\": \"Home\"}", "{\"@type\": \"Organization\"}"), PAGE).jsonLd())
                .isEmpty();
    }

    @Test
    void aWebPageCarryingLrmiPropertiesIsAResourceAndSoIsTheMainEntityOfAPlainOne() throws Exception {
        assertThat(chosen("{\"@type\": \"WebPage\", \"name\": \"Lesson plan\", \"learningResourceType\": \"lesson plan\"}")
                .get("name").asText()).isEqualTo("Lesson plan");

        JsonNode entity = chosen("{\"@context\": \"https://schema.org\", \"@type\": \"WebPage\", \"name\": \"Page\","
                + " \"mainEntity\": {\"@type\": \"Course\", \"name\": \"Algebra\"}}");
        assertThat(entity.get("name").asText()).isEqualTo("Algebra");
        assertThat(entity.get("@context").asText()).as("the context it was written in comes along").isEqualTo("https://schema.org");
    }

    @Test
    void identifierIsAnAbsoluteIdOnlyAndDateModifiedIsRead() {
        PageJsonLd absolute = selector.select(List.of("{\"@type\": \"Course\", \"@id\": \"https://oer.example.org/c/1\", \"dateModified\": \"2024-02-03\"}"),
                PAGE).jsonLd().orElseThrow();
        assertThat(absolute.id()).contains("https://oer.example.org/c/1");
        assertThat(absolute.dateModified()).contains(Instant.parse("2024-02-03T00:00:00Z"));

        assertThat(selector.select(List.of("{\"@type\": \"Course\", \"@id\": \"#course\"}"), PAGE).jsonLd().orElseThrow().id()).isEmpty();
        assertThat(selector.select(List.of("{\"@type\": \"Course\", \"@id\": \"_:b0\"}"), PAGE).jsonLd().orElseThrow().id()).isEmpty();
    }

    @Test
    void unparseableBlocksAreCountedAndLenientOnesRead() {
        JsonLdSelector.Selection selection = selector.select(List.of("{ not json", "{\"@type\": \"Book\", \"name\": \"Line\nbreak\",}"), PAGE);

        assertThat(selection.unparseable()).isEqualTo(1);
        assertThat(selection.jsonLd().orElseThrow().json()).as("written back as strict JSON").contains("\"Line\\nbreak\"").doesNotContain(",}");
    }
}
