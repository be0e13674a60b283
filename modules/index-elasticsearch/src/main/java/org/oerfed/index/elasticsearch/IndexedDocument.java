package org.oerfed.index.elasticsearch;

import java.util.List;
import org.oerfed.core.search.SearchDocument;

/**
 * The JSON source of a document in the index, field for field as mapped in {@code index-v1.json}.
 *
 * <p>Blank facet values are left out (a missing field is neither filterable nor counted): an unknown
 * licence is no licence value. The Lucene adapter drops them the same way.
 */
record IndexedDocument(
        String id,
        String title,
        String description,
        String url,
        List<String> language,
        String license,
        String source) {

    static IndexedDocument from(SearchDocument document) {
        return new IndexedDocument(
                document.id(),
                document.title(),
                document.description(),
                document.url(),
                document.languages().stream().filter(language -> !language.isBlank()).toList(),
                nullIfBlank(document.license()),
                nullIfBlank(document.source()));
    }

    SearchDocument toSearchDocument() {
        return new SearchDocument(id, title, description, url, language == null ? List.of() : language,
                license, source == null ? "" : source);
    }

    private static String nullIfBlank(String value) {
        return value.isBlank() ? null : value;
    }
}
