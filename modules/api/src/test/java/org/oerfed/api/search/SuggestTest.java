package org.oerfed.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.Suggestion;
import org.oerfed.graph.concepts.Vocabularies;

/** {@code GET /api/suggest}: concept labels in the user's language that the index has, then titles. */
class SuggestTest extends ServedSearchTest {

    @Test
    void suggestsTheConceptsTheIndexHasInTheUsersLanguageMostUsedFirst() {
        JsonNode english = http.json("/api/suggest?q=math");
        assertThat(english.get("query").asText()).isEqualTo("math");
        // labels that start with the text first, then those with a later word that does
        assertThat(SearchApiTest.texts(english.get("suggestions"), "text"))
                .containsExactly("Mathematics", "Mathematics and statistics", "Natural sciences, mathematics and statistics");
        JsonNode mathematics = english.get("suggestions").get(0);
        assertThat(mathematics.get("facet").asText()).isEqualTo("subject");
        assertThat(mathematics.get("value").asText()).isEqualTo("0541");
        assertThat(mathematics.get("count").asLong()).isEqualTo(2);
        assertThat(mathematics.get("link").asText()).isEqualTo(SearchServer.BASE + "api/search?subject=0541");
        // typed without accents, in French, by the header; "Sciences naturelles, mathématiques…" has a later word
        JsonNode french = http.json("/api/suggest?q=MATHE", "Accept-Language", "fr");
        assertThat(SearchApiTest.texts(french.get("suggestions"), "text"))
                .containsExactly("Mathématiques", "Mathématiques et statistiques", "Sciences naturelles, mathématiques et statistiques");
        assertThat(french.get("suggestions").get(0).get("link").asText()).contains("lang=fr", "subject=0541");
    }

    @Test
    void suggestsOnlyConceptsSomeResourceHas() {
        // Biology (0511) is a concept of the vocabulary, but no resource of the fixture is about it
        assertThat(http.json("/api/suggest?q=biolog").get("suggestions").size()).isZero();
        // ISCED level 0 is not in the fixture, level 1 is
        assertThat(http.json("/api/suggest?q=early").get("suggestions").size()).isZero();
        assertThat(SearchApiTest.texts(http.json("/api/suggest?q=primary").get("suggestions"), "text")).containsExactly("Primary education");
        assertThat(SearchApiTest.texts(http.json("/api/suggest?q=prim&lang=fr").get("suggestions"), "text"))
                .containsExactly("Enseignement primaire");
    }

    @Test
    void suggestsTitlesWithTheirResource() {
        JsonNode result = http.json("/api/suggest?q=volc");
        assertThat(result.get("suggestions")).hasSize(1);
        JsonNode title = result.get("suggestions").get(0);
        assertThat(title.get("text").asText()).isEqualTo("Volcanoes");
        assertThat(title.get("facet").isNull()).isTrue();
        assertThat(title.get("count").isNull()).isTrue();
        assertThat(title.get("value").asText()).isEqualTo("gamma-volcanoes");
        assertThat(title.get("link").asText()).isEqualTo(SearchServer.BASE + "resource/gamma-volcanoes");
    }

    @Test
    void boundsTheNumberOfSuggestions() {
        assertThat(http.json("/api/suggest?q=filler").get("suggestions")).hasSize(SuggestController.DEFAULT_SIZE);
        assertThat(http.json("/api/suggest?q=filler&size=20").get("suggestions")).hasSize(20);
        assertThat(http.json("/api/suggest?q=filler&size=3").get("suggestions")).hasSize(3);
        assertThat(http.json("/api/suggest?q=").get("suggestions")).isEmpty();
        assertThat(http.json("/api/suggest?q=%20%2B%20").get("suggestions")).isEmpty();
        assertThat(http.json("/api/suggest").get("suggestions")).isEmpty();
    }

    @Test
    void givesConceptsAtMostHalfThePlacesWhenTitlesCanFillTheRest(@TempDir Path dir) {
        SearchIndex index = SearchServer.index(dir);
        List<SearchDocument> documents = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            documents.add(SearchDocument.builder("earth-" + i).title("en", "Earth " + i).facet(Facet.SUBJECT, "05", "053", "0532")
                    .facet(Facet.LEVEL, "0").build());
        }
        index.upsert(documents);
        index.refresh();
        Suggester suggester = new Suggester(index, new ConceptLabels(Vocabularies.bundled()), Clock.systemUTC());

        assertThat(texts(suggester.suggest("ear", "en", 3))).containsExactly("Early childhood education", "Earth sciences", "Earth 1");
        assertThat(texts(suggester.suggest("ear", "en", 2))).containsExactly("Early childhood education", "Earth 1");
        assertThat(texts(suggester.suggest("earth", "en", 4))).containsExactly("Earth sciences", "Earth 1", "Earth 10", "Earth 2");
        // with few titles, concepts take the places left
        assertThat(texts(suggester.suggest("ear", "en", 20))).hasSize(12).startsWith("Early childhood education", "Earth sciences");
        assertThat(suggester.suggest("ear", "en", 3).get(0).suggestion())
                .isEqualTo(new Suggestion("Early childhood education", Optional.of(Facet.LEVEL), "0"));
    }

    @Test
    void countsTheConceptsTheIndexHasAgainOnlyWhenTheCountsAreAMinuteOld(@TempDir Path dir) {
        SearchIndex index = SearchServer.index(dir);
        index.upsert(List.of(SearchDocument.builder("a").title("en", "A").facet(Facet.SUBJECT, "05", "051", "0511").build()));
        index.refresh();
        MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
        Suggester suggester = new Suggester(index, new ConceptLabels(Vocabularies.bundled()), clock);
        assertThat(texts(suggester.suggest("bio", "en", 5))).containsExactly("Biological and related sciences", "Biology");
        assertThat(texts(suggester.suggest("earth", "en", 5))).isEmpty();

        index.upsert(List.of(SearchDocument.builder("b").title("en", "B").facet(Facet.SUBJECT, "05", "053", "0532").build()));
        index.refresh();
        clock.advance(ConceptCounts.MAX_AGE.minusSeconds(1));
        assertThat(texts(suggester.suggest("earth", "en", 5))).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(texts(suggester.suggest("earth", "en", 5))).containsExactly("Earth sciences");
    }

    /** A clock the test moves on. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static List<String> texts(List<Suggester.Counted> suggestions) {
        return suggestions.stream().map(s -> s.suggestion().text()).toList();
    }
}
