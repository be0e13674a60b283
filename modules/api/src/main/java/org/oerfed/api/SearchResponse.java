package org.oerfed.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.FacetValue;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchResult;

/**
 * The JSON body of {@code GET /api/search}.
 *
 * @param total  how many resources match
 * @param hits   the requested page of them
 * @param facets per facet key ({@code language}, {@code license}, {@code source}), its values and counts
 */
public record SearchResponse(long total, List<SearchDocument> hits, Map<String, List<FacetValue>> facets) {

    static SearchResponse of(SearchResult result) {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) facets.put(facet.key(), result.facets().getOrDefault(facet, List.of()));
        return new SearchResponse(result.total(), result.hits(), facets);
    }
}
