package org.oerfed.api.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.FacetValue;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SortOrder;

/**
 * How many indexed resources have each concept of a facet, counted at most once a minute per facet: a
 * suggestion is asked for at every keystroke, and which concepts the index has changes far more slowly.
 * A concept indexed for the first time is suggested within {@link #MAX_AGE}.
 */
final class ConceptCounts {
    static final Duration MAX_AGE = Duration.ofMinutes(1);
    private final SearchIndex index;
    private final ConceptLabels labels;
    private final Clock clock;
    private final Map<Facet, Counted> counted = new ConcurrentHashMap<>();

    private record Counted(Instant at, Map<String, Long> byValue) {
    }

    ConceptCounts(SearchIndex index, ConceptLabels labels, Clock clock) {
        this.index = index;
        this.labels = labels;
        this.clock = clock;
    }

    /** Every concept of the facet that some resource has, with how many have it. */
    Map<String, Long> of(Facet facet) {
        Instant now = clock.instant();
        Counted current = counted.get(facet);
        if (current != null && current.at().plus(MAX_AGE).isAfter(now)) return current.byValue();
        Map<String, Long> byValue = count(facet);
        counted.put(facet, new Counted(now, byValue));
        return byValue;
    }

    /**
     * Selecting values as the facet's filter makes the index list every one of them with its count, beyond the
     * top values of an unfiltered search, and a facet's counts ignore its own filter, so the counts are those
     * of all resources. At most {@link SearchQuery#MAX_FILTER_VALUES} values a search.
     */
    private Map<String, Long> count(Facet facet) {
        List<String> values = new ArrayList<>(labels.concepts(facet).keySet());
        Map<String, Long> byValue = new HashMap<>();
        for (int from = 0; from < values.size(); from += SearchQuery.MAX_FILTER_VALUES) {
            Set<String> chunk = Set.copyOf(values.subList(from, Math.min(values.size(), from + SearchQuery.MAX_FILTER_VALUES)));
            SearchQuery query = new SearchQuery("", "", Map.of(facet, chunk), SortOrder.RELEVANCE, 1, 1, "");
            for (FacetValue value : index.search(query).facets().getOrDefault(facet, List.of())) {
                if (chunk.contains(value.value()) && value.count() > 0) byValue.put(value.value(), value.count());
            }
        }
        return Map.copyOf(byValue);
    }
}
