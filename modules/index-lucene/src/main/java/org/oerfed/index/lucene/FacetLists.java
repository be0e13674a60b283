package org.oerfed.index.lucene;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.BytesRef;
import org.oerfed.core.search.FacetValue;
import org.oerfed.core.search.SearchResult;

/**
 * The values a facet lists: its {@link SearchResult#FACET_VALUES} most frequent, and every selected value
 * (with count 0 where no hit has it), together ordered by count, most first, then by value in byte order
 * (UTF-8, which is code point order), as Elasticsearch orders terms aggregation keys.
 */
final class FacetLists {

    private static final Comparator<Map.Entry<BytesRef, Long>> MOST_FREQUENT_FIRST =
            Map.Entry.<BytesRef, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private FacetLists() {
    }

    static List<FacetValue> list(Map<BytesRef, Long> counts, Set<String> selected) {
        Map<BytesRef, Long> listed = new HashMap<>();
        counts.entrySet().stream().sorted(MOST_FREQUENT_FIRST).limit(SearchResult.FACET_VALUES)
                .forEach(e -> listed.put(e.getKey(), e.getValue()));
        for (String value : selected) {
            BytesRef bytes = new BytesRef(value);
            listed.putIfAbsent(bytes, counts.getOrDefault(bytes, 0L));
        }
        return listed.entrySet().stream().sorted(MOST_FREQUENT_FIRST)
                .map(e -> new FacetValue(e.getKey().utf8ToString(), e.getValue()))
                .toList();
    }
}
