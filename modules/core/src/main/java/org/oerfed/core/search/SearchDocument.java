package org.oerfed.core.search;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The projection of one resource that a search engine indexes and returns as a hit. Built from the graph,
 * which stays the source of truth: a document can always be rebuilt. Both engines give it back unchanged.
 *
 * @param id          the resource's id (the last segment of its URI)
 * @param title       the title shown in a hit list, in the resource's own language where it has several
 * @param description the description shown; may be empty
 * @param url         where a learner opens it; may be empty
 * @param modified    when the resource was last modified, for "newest first"; empty when no source says
 * @param facets      the resource's values of each facet, as {@link Facet} documents them; a facet without
 *                    values is absent; values are distinct and sorted
 * @param texts       every searchable text: the titles, descriptions and keywords the sources gave, and the
 *                    labels of the resource's concepts in every language the vocabularies have
 */
public record SearchDocument(
        String id,
        String title,
        String description,
        String url,
        Optional<Instant> modified,
        Map<Facet, List<String>> facets,
        List<LocalizedText> texts) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        title = Objects.requireNonNullElse(title, "");
        description = Objects.requireNonNullElse(description, "");
        url = Objects.requireNonNullElse(url, "");
        modified = Objects.requireNonNullElse(modified, Optional.empty());
        EnumMap<Facet, List<String>> kept = new EnumMap<>(Facet.class);
        facets.forEach((facet, values) -> {
            List<String> distinct = values.stream().filter(v -> !v.isBlank()).distinct().sorted().toList();
            if (!distinct.isEmpty()) kept.put(facet, distinct);
        });
        facets = Map.copyOf(kept);
        texts = List.copyOf(texts);
    }

    /** The values of one facet; empty when the resource has none. */
    public List<String> values(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    public List<String> languages() {
        return values(Facet.LANGUAGE);
    }

    public List<String> sources() {
        return values(Facet.SOURCE);
    }

    /** The licence URI; empty when unknown. */
    public String license() {
        List<String> licences = values(Facet.LICENSE);
        return licences.isEmpty() ? "" : licences.get(0);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds documents field by field, for projections and tests. */
    public static final class Builder {
        private final String id;
        private String title = "";
        private String description = "";
        private String url = "";
        private Instant modified;
        private final EnumMap<Facet, List<String>> facets = new EnumMap<>(Facet.class);
        private final List<LocalizedText> texts = new java.util.ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        /** Sets the title shown and adds it as a searchable title in {@code language}. */
        public Builder title(String language, String title) {
            this.title = title;
            return text(SearchField.TITLE, language, title);
        }

        /** Sets the description shown and adds it as a searchable description in {@code language}. */
        public Builder description(String language, String description) {
            this.description = description;
            return text(SearchField.DESCRIPTION, language, description);
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder modified(Instant modified) {
            this.modified = modified;
            return this;
        }

        /** Adds values to a facet. */
        public Builder facet(Facet facet, String... values) {
            return facet(facet, List.of(values));
        }

        public Builder facet(Facet facet, List<String> values) {
            facets.computeIfAbsent(facet, f -> new java.util.ArrayList<>()).addAll(values);
            return this;
        }

        /** Adds a searchable text that is not shown as the title or description. */
        public Builder text(SearchField field, String language, String text) {
            if (!text.isBlank()) texts.add(new LocalizedText(field, language, text));
            return this;
        }

        public SearchDocument build() {
            return new SearchDocument(id, title, description, url, Optional.ofNullable(modified), facets, texts);
        }
    }
}
