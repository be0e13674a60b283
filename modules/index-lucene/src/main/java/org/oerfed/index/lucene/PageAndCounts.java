package org.oerfed.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * The page and the counts in one pass over the documents that fail at most one filter: each is counted
 * ({@link FacetCounts}) and, if it passes every filter, offered to the page. For queries whose matches are
 * costly to find and few (phrases, several words that must all be there), finding them twice costs more than
 * scoring each; a single word finds many matches cheaply, and is better served by two passes, the page's
 * alone being able to skip.
 */
final class PageAndCounts implements CollectorManager<PageAndCounts.Both, PageAndCounts.Result> {

    record Result(TopFieldDocs top, FacetCounts.Result counts) {
    }

    private final TopFieldCollectorManager page;
    private final FacetCounts counts;

    PageAndCounts(TopFieldCollectorManager page, FacetCounts counts) {
        this.page = page;
        this.counts = counts;
    }

    @Override
    public Both newCollector() throws IOException {
        return new Both(page.newCollector(), counts.newCollector());
    }

    @Override
    public Result reduce(Collection<Both> collectors) throws IOException {
        List<TopFieldCollector> pages = new ArrayList<>();
        List<FacetCounts.SegmentCounter> counters = new ArrayList<>();
        for (Both both : collectors) {
            pages.add(both.page);
            counters.add(both.counter);
        }
        return new Result(page.reduce(pages), counts.reduce(counters));
    }

    /** One slice's page and counts. */
    static final class Both implements Collector {
        private final TopFieldCollector page;
        private final FacetCounts.SegmentCounter counter;

        Both(TopFieldCollector page, FacetCounts.SegmentCounter counter) {
            this.page = page;
            this.counter = counter;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FacetCounts.SegmentCounts segment = counter.segment(context);
            LeafCollector pageLeaf = leafOrNull(context);
            return new LeafCollector() {
                private LeafCollector toPage = pageLeaf;

                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    // Every match must be counted: the page may not make the scorer skip any.
                    if (toPage != null) toPage.setScorer(new FilterScorable(scorer) {
                        @Override
                        public void setMinCompetitiveScore(float minScore) {
                        }
                    });
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!segment.count(doc) || toPage == null) return;
                    try {
                        toPage.collect(doc);
                    } catch (CollectionTerminatedException pageFull) {
                        toPage = null;
                    }
                }
            };
        }

        private LeafCollector leafOrNull(LeafReaderContext context) throws IOException {
            try {
                return page.getLeafCollector(context);
            } catch (CollectionTerminatedException nothingToCollect) {
                return null;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return page.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
