package org.oerfed.harvest.sitemap;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON-LD a page says describes its resource.
 *
 * @param json         the JSON-LD document as JSON text: the chosen object with the {@code @context} it was
 *                     written in and {@code mainEntityOfPage}; when the object came from a {@code @graph}, that
 *                     graph, with the chosen object first, so that nodes it refers to by {@code @id} (its
 *                     author, its publisher) stay described
 * @param id           the object's {@code @id}, if it is an absolute IRI
 * @param dateModified the object's {@code dateModified}, if it is a date
 */
record PageJsonLd(String json, Optional<String> id, Optional<Instant> dateModified) {

    PageJsonLd {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dateModified, "dateModified");
    }
}
