package org.oerfed.index.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.LocalizedText;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;

class DocumentJsonTest {

    private final DocumentJson json = new DocumentJson();

    static SearchDocument fullDocument() {
        return SearchDocument.builder("r-1")
                .title("fr", "La <b>géométrie</b> & \"l'espace\"")
                .description("fr", "Ligne 1\nLigne 2\t\u0000 😀 水循环")
                .url("https://example.org/r/1?a=b&c=d")
                .modified(Instant.parse("2024-05-01T10:15:30.123456789Z"))
                .facet(Facet.SOURCE, "partner-b", "partner-a")
                .facet(Facet.SUBJECT, "05", "054", "0541")
                .facet(Facet.OPEN_LICENSE, "true")
                .text(SearchField.SUBJECT, "es", "Matemáticas")
                .text(SearchField.SUBJECT, "ar", "الرياضيات")
                .text(SearchField.KEYWORD, "", "espace")
                .build();
    }

    @Test
    void aDocumentComesBackAsItWasWritten() {
        SearchDocument document = fullDocument();

        SearchDocument read = json.read(json.write(document));

        assertThat(read).isEqualTo(document);
        assertThat(read.modified()).contains(Instant.parse("2024-05-01T10:15:30.123456789Z"));
        assertThat(read.texts()).isEqualTo(document.texts());
    }

    @Test
    void aMinimalDocumentComesBackToo() {
        SearchDocument document = new SearchDocument("x", "", "", "", Optional.empty(), Map.of(), List.of());

        SearchDocument read = json.read(json.write(document));

        assertThat(read).isEqualTo(document);
        assertThat(read.modified()).isEmpty();
    }

    /** Indexes hold documents in this form: a change of it is a change of every stored document. */
    @Test
    void theStoredFormIsTheDocumentedOne() {
        SearchDocument document = SearchDocument.builder("r-2")
                .title("fr", "Les \"fractions\"")
                .modified(Instant.parse("2024-05-01T10:00:00Z"))
                .facet(Facet.LANGUAGE, "fr")
                .text(SearchField.LEVEL, "en", "Primary education")
                .build();

        assertThat(json.write(document)).isEqualTo("{\"id\":\"r-2\",\"title\":\"Les \\\"fractions\\\"\",\"description\":\"\","
                + "\"url\":\"\",\"modified\":\"2024-05-01T10:00:00Z\",\"facets\":{\"language\":[\"fr\"]},"
                + "\"texts\":[{\"field\":\"title\",\"language\":\"fr\",\"text\":\"Les \\\"fractions\\\"\"},"
                + "{\"field\":\"level\",\"language\":\"en\",\"text\":\"Primary education\"}]}");
    }

    @Test
    void facetsAndFieldsAreStoredByTheirKeys() {
        String written = json.write(fullDocument());

        assertThat(written).contains("\"open\":[\"true\"]", "\"field\":\"subject\"", "\"modified\":\"2024-05-01T10:15:30.123456789Z\"");
    }

    @Test
    void unknownFacetsAndFieldsOfANewerVersionAreSkipped() {
        SearchDocument read = json.read("""
                {"id":"x","title":"T","facets":{"colour":["red"],"year":["2020"]},
                 "texts":[{"field":"mood","language":"","text":"happy"},{"field":"title","language":"en","text":"T"}]}""");

        assertThat(read.facets()).isEqualTo(Map.of(Facet.YEAR, List.of("2020")));
        assertThat(read.texts()).containsExactly(new LocalizedText(SearchField.TITLE, "en", "T"));
    }

    @Test
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> json.read("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.read("[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.read("{\"id\":\"x\",\"modified\":\"yesterday\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
    }
}
