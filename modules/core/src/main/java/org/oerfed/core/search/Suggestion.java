package org.oerfed.core.search;

import java.util.Optional;

/**
 * A completion of what a user has typed so far.
 *
 * @param text  what to show and, when chosen, to search for: a title, or a concept's label in the user's
 *              language
 * @param facet for a concept label, the facet the concept is a value of ({@link Facet#SUBJECT},
 *              {@link Facet#LEVEL}, {@link Facet#TYPE}), so that choosing it can filter instead; empty for
 *              a title
 * @param value for a concept label, the facet value (e.g. {@code 0541}); for a title, the document id
 */
public record Suggestion(String text, Optional<Facet> facet, String value) {
}
