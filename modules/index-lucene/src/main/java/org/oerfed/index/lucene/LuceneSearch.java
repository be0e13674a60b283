package org.oerfed.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.FacetValue;
import org.oerfed.core.search.SearchHit;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;
import org.oerfed.index.analysis.IndexFields;
import org.oerfed.index.analysis.Plan;
import org.oerfed.index.analysis.PlannedQuery;

/**
 * Runs one query on one searcher: collects the page, and counts the matches, every facet nobody filters by,
 * and each filtered facet with every filter but its own (multi-select faceting, like Elasticsearch's
 * {@code post_filter} with per-facet filter aggregations; see {@link FacetCounts}). The page and the counts
 * are one pass or two, whichever costs less for the query ({@link #matchesAreCostly}). Browsing without words
 * takes what it can from the whole index's counts, kept per reader.
 */
final class LuceneSearch {

    private final LuceneDocuments documents;
    private final FacetValuesCache facetValues = new FacetValuesCache();
    private final WholeIndexCounts wholeIndex = new WholeIndexCounts(facetValues);

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
        TopFieldCollectorManager page = new TopFieldCollectorManager(sort, numHits, after, numHits);
        TopFieldDocs top;
        FacetCounts.Result counts;
        Map<Facet, Map<BytesRef, Long>> own = new EnumMap<>(Facet.class);
        if (wordless && filters.size() <= 1) {
            // browsing by one facet value: the facet's own counts are the whole index's, kept per reader
            Query matching = PlanQueries.filtered(text, filters);
            top = searcher.search(matching, page);
            FacetCounts.Result whole = wholeIndex.of(searcher);
            if (filters.isEmpty()) {
                counts = whole;
            } else if (mostOfTheIndex(searcher, filters)) {
                // "open licences only" keeps most of the index: count what it leaves out, and subtract
                Query leftOut = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                        .add(PlanQueries.filtered(new MatchAllDocsQuery(), filters), Occur.MUST_NOT).build();
                counts = whole.minus(searcher.search(new ConstantScoreQuery(leftOut), new FacetCounts(facetValues, unfiltered)));
            } else {
                counts = searcher.search(new ConstantScoreQuery(matching), new FacetCounts(facetValues, unfiltered));
            }
            filters.keySet().forEach(facet -> own.put(facet, whole.counts().get(facet)));
        } else {
            FacetCounts sideways = new FacetCounts(facetValues, unfiltered, filters);
            if (matchesAreCostly(planned.plan())) {
                PageAndCounts.Result both = searcher.search(PlanQueries.sideways(text, filters), new PageAndCounts(page, sideways));
                top = both.top();
                counts = both.counts();
            } else {
                // Alone, the page's pass may skip documents that cannot make the page (by their best possible
                // score, or by the sort field); the counting pass neither scores nor sorts.
                top = searcher.search(PlanQueries.filtered(text, filters), page);
                counts = searcher.search(new ConstantScoreQuery(PlanQueries.sideways(text, filters)), sideways);
            }
            filters.keySet().forEach(facet -> own.put(facet, counts.counts().get(facet)));
        }

        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : unfiltered) facets.put(facet, FacetLists.list(counts.counts().get(facet), Set.of()));
        filters.forEach((facet, selected) -> facets.put(facet, FacetLists.list(own.get(facet), selected)));
        return new SearchResult(counts.matching(), hits(searcher, top.scoreDocs, query, planned), facets,
                nextCursor(top.scoreDocs, query));
    }

    /** Whether the filters' values are on more than half of the index's documents, by their terms' frequencies. */
    private static boolean mostOfTheIndex(IndexSearcher searcher, Map<Facet, Set<String>> filters) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        for (Map.Entry<Facet, Set<String>> filter : filters.entrySet()) {
            long documents = 0;
            for (String value : filter.getValue()) documents += reader.docFreq(new Term(IndexFields.facet(filter.getKey()), value));
            // a document with two selected values is counted twice: an estimate, erring towards "most"
            if (documents <= reader.maxDoc() / 2) return false;
        }
        return true;
    }

    /**
     * Whether finding the matches costs more than scoring them: phrases, and words that must all be there,
     * whose postings are intersected; measured with {@code scripts/bench search}, where they ran about a
     * quarter faster in one pass, and single words a quarter slower.
     */
    static boolean matchesAreCostly(Plan plan) {
        if (plan instanceof Plan.Phrase) return true;
        if (plan instanceof Plan.Boost boost) return matchesAreCostly(boost.plan());
        if (plan instanceof Plan.Bool bool) {
            long required = bool.must().stream().filter(p -> !(p instanceof Plan.MatchAll)).count();
            return required >= 2 || bool.must().stream().anyMatch(LuceneSearch::matchesAreCostly)
                    || bool.should().stream().anyMatch(LuceneSearch::matchesAreCostly);
        }
        return false;
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
