package org.oerfed.core.search;

import java.util.List;
import java.util.Objects;

/**
 * The projection of one resource that a search engine indexes and returns as a hit. Built from the graph,
 * which stays the source of truth: a document can always be rebuilt.
 *
 * @param id          the resource's id (the last segment of its URI)
 * @param title       the resource's name
 * @param description what it is about; may be empty
 * @param url         where a learner opens it; may be empty
 * @param languages   ISO 639-1 codes (ISO 639-3 where no 639-1 code exists) of the languages it is in
 * @param license     canonical URI of its licence; empty when unknown
 * @param source      id of the source it was harvested from
 */
public record SearchDocument(
        String id,
        String title,
        String description,
        String url,
        List<String> languages,
        String license,
        String source) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        title = Objects.requireNonNullElse(title, "");
        description = Objects.requireNonNullElse(description, "");
        url = Objects.requireNonNullElse(url, "");
        languages = List.copyOf(languages);
        license = Objects.requireNonNullElse(license, "");
        Objects.requireNonNull(source, "source");
    }
}
