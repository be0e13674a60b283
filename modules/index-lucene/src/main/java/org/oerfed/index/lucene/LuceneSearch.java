package org.oerfed.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.FacetValue;
import org.oerfed.core.search.SearchHit;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;
import org.oerfed.index.analysis.PlannedQuery;

/**
 * Runs one query on one searcher: a first pass collects the page and counts every facet nobody filters by;
 * each filtered facet is then counted in a pass of its own, with every filter but its own (multi-select
 * faceting, like Elasticsearch's {@code post_filter} with per-facet filter aggregations).
 */
final class LuceneSearch {

    private final LuceneDocuments documents;
    private final WholeIndexCounts wholeIndex = new WholeIndexCounts();

    LuceneSearch(LuceneDocuments documents) {
        this.documents = documents;
    }

    SearchResult run(IndexSearcher searcher, SearchQuery query, PlannedQuery planned) throws IOException {
        Query text = PlanQueries.toQuery(planned.plan());
        Map<Facet, Set<String>> filters = query.filters();
        Sort sort = HitOrder.sort(query.sort(), planned.hasWords());
        FieldDoc after = query.cursor().isEmpty() ? null : HitOrder.after(sort, query.cursor());

        // One hit more than the page tells whether a next page exists.
        int wanted = query.offset() + query.size() + 1;
        int numHits = Math.max(1, Math.min(wanted, searcher.getIndexReader().maxDoc()));
        Set<Facet> unfiltered = EnumSet.allOf(Facet.class);
        unfiltered.removeAll(filters.keySet());
        boolean wordless = !planned.hasWords();
        TopFieldDocs top;
        FacetCounts.Result counts;
        if (wordless && filters.isEmpty()) {
            // the whole index: its counts are kept per reader
            top = searcher.search(new MatchAllDocsQuery(), new TopFieldCollectorManager(sort, numHits, after, numHits));
            counts = wholeIndex.of(searcher);
        } else {
            // The facet counter counts every match, so the top-hits collector need not count exactly.
            Object[] results = searcher.search(PlanQueries.filtered(text, filters), new MultiCollectorManager(
                    new TopFieldCollectorManager(sort, numHits, after, numHits), new FacetCounts(unfiltered)));
            top = (TopFieldDocs) results[0];
            counts = (FacetCounts.Result) results[1];
        }

        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        counts.counts().forEach((facet, values) -> facets.put(facet, FacetLists.list(values, Set.of())));
        for (Map.Entry<Facet, Set<String>> filter : filters.entrySet()) {
            Map<Facet, Set<String>> others = new EnumMap<>(filters);
            others.remove(filter.getKey());
            FacetCounts.Result own = wordless && others.isEmpty() ? wholeIndex.of(searcher)
                    : searcher.search(PlanQueries.filtered(text, others), new FacetCounts(Set.of(filter.getKey())));
            facets.put(filter.getKey(), FacetLists.list(own.counts().get(filter.getKey()), filter.getValue()));
        }
        return new SearchResult(counts.matching(), hits(searcher, top.scoreDocs, query, planned), facets,
                nextCursor(top.scoreDocs, query));
    }

    private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] top, SearchQuery query, PlannedQuery planned)
            throws IOException {
        List<SearchHit> hits = new ArrayList<>();
        StoredFields storedFields = searcher.storedFields();
        int end = Math.min(top.length, query.offset() + query.size());
        for (int i = query.offset(); i < end; i++) {
            hits.add(planned.hits().explain(documents.read(storedFields, top[i].doc)));
        }
        return hits;
    }

    private static String nextCursor(ScoreDoc[] top, SearchQuery query) {
        int last = query.offset() + query.size() - 1;
        return top.length > last + 1 ? HitOrder.cursor((FieldDoc) top[last]) : "";
    }
}
