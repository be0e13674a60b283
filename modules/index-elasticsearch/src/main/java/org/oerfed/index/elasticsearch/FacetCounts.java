package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.FilterAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.FacetValue;
import org.oerfed.core.search.SearchResult;
import org.oerfed.index.analysis.IndexFields;

/**
 * Filters and multi-select facet counts. The search's query matches the text only; the hits are filtered by
 * every selected facet ({@link #postFilter}), and each facet's counts by every selected facet but itself
 * ({@link #aggregations}): a {@code filter} aggregation around a {@code terms} aggregation of the top values,
 * and, for a facet with a selection, a {@code filters} aggregation counting each selected value, so that
 * those are listed even beyond the top values. With the index's single shard every count is exact.
 */
final class FacetCounts {

    private static final String TOP = "top";
    private static final String SELECTED = "selected";
    /** Values compare by code point, which is the engines' order of their UTF-8 bytes. */
    private static final Comparator<String> CODE_POINTS = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };
    private static final Comparator<FacetValue> ORDER = Comparator.comparingLong(FacetValue::count).reversed()
            .thenComparing(FacetValue::value, CODE_POINTS);

    private FacetCounts() {
    }

    /** All selected values as a filter of the hits; empty when nothing is selected. */
    static Optional<Query> postFilter(Map<Facet, Set<String>> filters) {
        return filters.isEmpty() ? Optional.empty() : Optional.of(filter(filters, null));
    }

    static Map<String, Aggregation> aggregations(Map<Facet, Set<String>> filters) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Query others = filter(filters, facet);
            Map<String, Aggregation> counts = new LinkedHashMap<>();
            counts.put(TOP, Aggregation.of(a -> a.terms(t -> t
                    .field(IndexFields.facet(facet))
                    .size(SearchResult.FACET_VALUES)
                    .order(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc)))));
            Set<String> selected = filters.getOrDefault(facet, Set.of());
            if (!selected.isEmpty()) {
                Map<String, Query> each = new LinkedHashMap<>();
                for (String value : selected) each.put(value, terms(facet, Set.of(value)));
                counts.put(SELECTED, Aggregation.of(a -> a.filters(f -> f.filters(b -> b.keyed(each)))));
            }
            aggregations.put(facet.key(), Aggregation.of(a -> a.filter(others).aggregations(counts)));
        }
        return aggregations;
    }

    /** Per facet, its top values, with the selected ones added where the top values miss them. */
    static Map<Facet, List<FacetValue>> read(Map<String, Aggregate> aggregations, Map<Facet, Set<String>> filters) {
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            FilterAggregate counts = aggregations.get(facet.key()).filter();
            List<FacetValue> values = new ArrayList<>();
            for (StringTermsBucket bucket : counts.aggregations().get(TOP).sterms().buckets().array()) {
                values.add(new FacetValue(bucket.key().stringValue(), bucket.docCount()));
            }
            Aggregate selected = counts.aggregations().get(SELECTED);
            if (selected != null) {
                Set<String> listed = new HashSet<>(values.stream().map(FacetValue::value).toList());
                for (Map.Entry<String, FiltersBucket> bucket : selected.filters().buckets().keyed().entrySet()) {
                    if (listed.add(bucket.getKey())) {
                        values.add(new FacetValue(bucket.getKey(), bucket.getValue().docCount()));
                    }
                }
                values.sort(ORDER);
            }
            facets.put(facet, List.copyOf(values));
        }
        return facets;
    }

    /** The selected values of every facet but {@code except} (null: of every facet); match_all for none. */
    private static Query filter(Map<Facet, Set<String>> filters, Facet except) {
        List<Query> clauses = new ArrayList<>();
        filters.forEach((facet, values) -> {
            if (facet != except) clauses.add(terms(facet, values));
        });
        if (clauses.isEmpty()) return Query.of(q -> q.matchAll(m -> m));
        return Query.of(q -> q.bool(b -> b.filter(clauses)));
    }

    private static Query terms(Facet facet, Set<String> values) {
        List<FieldValue> terms = values.stream().sorted().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(IndexFields.facet(facet)).terms(v -> v.value(terms))));
    }
}
