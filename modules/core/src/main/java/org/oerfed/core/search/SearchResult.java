package org.oerfed.core.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of hits with the facet counts of the whole result.
 *
 * @param total      how many documents match, exactly
 * @param hits       the requested page
 * @param facets     per facet, its values among the matching documents, most frequent first, ties by value,
 *                   at most {@link #FACET_VALUES} of them; a facet no matching document has is an empty list.
 *                   A facet's counts ignore the facet's own selection (and only it), so that selecting a
 *                   value does not hide its siblings: they count what choosing them too would add. Selected
 *                   values are always listed, even with a count beyond the first {@link #FACET_VALUES}.
 * @param nextCursor continues after this page's last hit ({@link SearchQuery#withCursor}); empty when this
 *                   page is the last
 */
public record SearchResult(long total, List<SearchHit> hits, Map<Facet, List<FacetValue>> facets, String nextCursor) {

    public static final int FACET_VALUES = 50;

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        nextCursor = Objects.requireNonNullElse(nextCursor, "");
    }

    /** The documents of the hits, in order. */
    public List<SearchDocument> documents() {
        return hits.stream().map(SearchHit::document).toList();
    }
}
