package org.oerfed.index.lucene;

import java.io.IOException;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.oerfed.core.search.Facet;

/**
 * The facet counts of the whole index, kept for the reader they were counted on. Browsing without words and
 * without filters (a portal's landing page, "newest first") and the own-facet pass of a wordless query with
 * one filter need exactly these; counting them means reading every facet value of every document, the most
 * expensive thing a search does. A refresh opens a new reader, so the counts are never stale.
 */
final class WholeIndexCounts {

    private record Counted(IndexReader reader, FacetCounts.Result result) {
    }

    private final AtomicReference<Counted> last = new AtomicReference<>();
    private final FacetValuesCache facetValues;

    WholeIndexCounts(FacetValuesCache facetValues) {
        this.facetValues = facetValues;
    }

    /** The counts of every facet over every document the searcher's reader holds. */
    FacetCounts.Result of(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Counted counted = last.get();
        if (counted != null && counted.reader() == reader) return counted.result();
        // Two searches may count the same reader at once; both results are equal, either may be kept.
        FacetCounts.Result result = searcher.search(new MatchAllDocsQuery(), new FacetCounts(facetValues, EnumSet.allOf(Facet.class)));
        last.set(new Counted(reader, result));
        return result;
    }
}
