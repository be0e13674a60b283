package org.oerfed.core.search;

import java.util.Map;
import java.util.Set;

/**
 * One hit: the stored document, what matched and where.
 *
 * @param document      the document as indexed
 * @param matchedFields the fields in which the query's words were found; a resource found only through
 *                      the label of its subject in another language says {@link SearchField#SUBJECT}
 * @param highlights    for {@link SearchField#TITLE} and {@link SearchField#DESCRIPTION} where words matched:
 *                      the text, HTML-escaped, with each match in {@code <mark>…</mark>}; a long description
 *                      is cut to a fragment around its first match, cuts marked with "…"
 */
public record SearchHit(SearchDocument document, Set<SearchField> matchedFields, Map<SearchField, String> highlights) {
    public SearchHit {
        matchedFields = Set.copyOf(matchedFields);
        highlights = Map.copyOf(highlights);
    }

    /** A hit of a query without words: nothing matched, nothing to highlight. */
    public static SearchHit of(SearchDocument document) {
        return new SearchHit(document, Set.of(), Map.of());
    }
}
