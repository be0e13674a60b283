package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.util.NamedValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;

/**
 * Turns a {@link SearchQuery} into an Elasticsearch search request with the Lucene adapter's semantics.
 *
 * <p>Text goes to a {@code multi_match} of type {@code cross_fields} with operator {@code and}: as title and
 * description share the standard analyzer, that requires each analysed word to be in one of the two fields,
 * which is exactly the Lucene adapter's "must (title:w or description:w)" per word. Text without words
 * matches everything, as in Lucene. Filters are {@code terms} queries in filter context and facets terms
 * aggregations; with the index's single shard their counts are exact.
 */
final class SearchRequests {

    /** Same boost as the Lucene adapter gives title matches. */
    private static final String TITLE_FIELD = "title^2";
    private static final String ID = "id";

    private static final SortOptions BY_ID = SortOptions.of(s -> s.field(f -> f.field(ID).order(SortOrder.Asc)));
    private static final SortOptions BY_SCORE = SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));

    private SearchRequests() {
    }

    static SearchRequest of(String index, SearchQuery query) {
        String text = query.text();
        return SearchRequest.of(s -> s
                .index(index)
                .query(query(text, query.filters()))
                .from(query.offset())
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .sort(text.isBlank() ? List.of(BY_ID) : List.of(BY_SCORE, BY_ID))
                .aggregations(facetAggregations()));
    }

    private static Query query(String text, Map<Facet, Set<String>> filters) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (text.isBlank()) {
            bool.must(m -> m.matchAll(a -> a));
        } else {
            bool.must(m -> m.multiMatch(mm -> mm
                    .query(text)
                    .fields(TITLE_FIELD, "description")
                    .type(TextQueryType.CrossFields)
                    .operator(Operator.And)
                    .zeroTermsQuery(ZeroTermsQuery.All)));
        }
        filters.forEach((facet, values) -> bool.filter(f -> f.terms(t -> t
                .field(facet.key())
                .terms(v -> v.value(values.stream().map(FieldValue::of).toList())))));
        return bool.build()._toQuery();
    }

    private static Map<String, Aggregation> facetAggregations() {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            aggregations.put(facet.key(), Aggregation.of(a -> a.terms(t -> t
                    .field(facet.key())
                    .size(SearchResult.FACET_VALUES)
                    .order(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc)))));
        }
        return aggregations;
    }
}
