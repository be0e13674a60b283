package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.index.analysis.Cursor;
import org.oerfed.index.analysis.IndexFields;
import org.oerfed.index.analysis.Plan;
import org.oerfed.index.analysis.PlannedQuery;

/**
 * The search requests of the adapter. Hits bring back only the stored document; the analysed fields stay in
 * the index. The total is always exact ({@code track_total_hits}), as the contract asks.
 */
final class SearchRequests {

    private SearchRequests() {
    }

    /**
     * A page of hits with facet counts. A page after a cursor asks for one hit more than it shows, to know
     * whether another page follows; a numbered page knows that from the total.
     */
    static SearchRequest search(String index, SearchQuery query, PlannedQuery planned, HitOrder order) {
        return SearchRequest.of(s -> {
            s.index(index)
                    .query(PlanQueries.of(planned.plan()))
                    .aggregations(FacetCounts.aggregations(query.filters()))
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(order.sort())
                    .source(src -> src.filter(f -> f.includes(IndexFields.DOCUMENT)));
            FacetCounts.postFilter(query.filters()).ifPresent(s::postFilter);
            if (query.cursor().isEmpty()) {
                s.from(query.offset()).size(query.size());
            } else {
                s.searchAfter(order.searchAfter(Cursor.decode(query.cursor()))).size(query.size() + 1);
            }
            return s;
        });
    }

    /** Distinct titles (one hit per sort title, the first by id) in title order. */
    static SearchRequest suggestions(String index, Plan plan, int size) {
        return SearchRequest.of(s -> s.index(index)
                .query(PlanQueries.of(plan))
                .collapse(c -> c.field(IndexFields.SORT_TITLE))
                .sort(HitOrder.TITLE.sort())
                .size(size)
                .trackTotalHits(t -> t.enabled(false))
                .source(src -> src.filter(f -> f.includes(IndexFields.DOCUMENT))));
    }
}
