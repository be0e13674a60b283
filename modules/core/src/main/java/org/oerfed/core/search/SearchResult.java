package org.oerfed.core.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits with the facet counts of the whole result.
 *
 * @param total  how many documents match
 * @param hits   the requested page
 * @param facets per facet, its values among the matching documents, most frequent first, ties by value, at
 *               most {@link #FACET_VALUES} of them; a facet no matching document has is an empty list.
 *               Counts include the facet's own filter (a selected value's siblings count zero); blank
 *               values are not facet values
 */
public record SearchResult(long total, List<SearchDocument> hits, Map<Facet, List<FacetValue>> facets) {

    public static final int FACET_VALUES = 50;

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
