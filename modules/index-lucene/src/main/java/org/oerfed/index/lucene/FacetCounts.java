package org.oerfed.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.FacetValue;
import org.oerfed.core.search.SearchResult;

/**
 * Counts, over every matching document, how many have each facet value, and how many match at all.
 *
 * <p>Counting ordinals of the per-segment doc values and resolving them to values once per segment keeps
 * the per-hit work to array increments. Values tie-break in byte order (the order of doc-values ordinals),
 * which is how Elasticsearch orders terms aggregation keys.
 */
final class FacetCounts implements CollectorManager<FacetCounts.SegmentCounter, FacetCounts.Result> {

    record Result(long matching, Map<Facet, List<FacetValue>> facets) {
    }

    private static final Comparator<Map.Entry<BytesRef, Long>> MOST_FREQUENT_FIRST =
            Map.Entry.<BytesRef, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    @Override
    public SegmentCounter newCollector() {
        return new SegmentCounter();
    }

    @Override
    public Result reduce(Collection<SegmentCounter> counters) throws IOException {
        long matching = 0;
        Map<Facet, Map<BytesRef, Long>> totals = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) totals.put(facet, new HashMap<>());
        for (SegmentCounter counter : counters) {
            matching += counter.matching;
            for (SegmentCounts segment : counter.segments) segment.addTo(totals);
        }
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        totals.forEach((facet, counts) -> facets.put(facet, top(counts)));
        return new Result(matching, facets);
    }

    private static List<FacetValue> top(Map<BytesRef, Long> counts) {
        return counts.entrySet().stream()
                .sorted(MOST_FREQUENT_FIRST)
                .limit(SearchResult.FACET_VALUES)
                .map(e -> new FacetValue(e.getKey().utf8ToString(), e.getValue()))
                .toList();
    }

    /** Collects one search slice; keeps a {@link SegmentCounts} per segment it visits. */
    static final class SegmentCounter implements Collector {

        private final List<SegmentCounts> segments = new ArrayList<>();
        private long matching;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SegmentCounts segment = new SegmentCounts(context);
            segments.add(segment);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // Counting needs no scores.
                }

                @Override
                public void collect(int doc) throws IOException {
                    matching++;
                    segment.count(doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** Ordinal counts of every facet in one segment. */
    private static final class SegmentCounts {

        private final Map<Facet, SortedSetDocValues> values = new EnumMap<>(Facet.class);
        private final Map<Facet, long[]> counts = new EnumMap<>(Facet.class);

        SegmentCounts(LeafReaderContext context) throws IOException {
            for (Facet facet : Facet.values()) {
                SortedSetDocValues docValues = DocValues.getSortedSet(context.reader(), facet.key());
                values.put(facet, docValues);
                counts.put(facet, new long[Math.toIntExact(docValues.getValueCount())]);
            }
        }

        void count(int doc) throws IOException {
            for (Facet facet : Facet.values()) {
                SortedSetDocValues docValues = values.get(facet);
                if (!docValues.advanceExact(doc)) continue;
                long[] facetCounts = counts.get(facet);
                // Ordinals of one document are distinct, so a document counts once per value.
                for (int i = 0; i < docValues.docValueCount(); i++) {
                    facetCounts[(int) docValues.nextOrd()]++;
                }
            }
        }

        void addTo(Map<Facet, Map<BytesRef, Long>> totals) throws IOException {
            for (Facet facet : Facet.values()) {
                long[] facetCounts = counts.get(facet);
                SortedSetDocValues docValues = values.get(facet);
                Map<BytesRef, Long> facetTotals = totals.get(facet);
                for (int ord = 0; ord < facetCounts.length; ord++) {
                    if (facetCounts[ord] == 0) continue;
                    // lookupOrd reuses its BytesRef; the map needs a copy it owns.
                    facetTotals.merge(BytesRef.deepCopyOf(docValues.lookupOrd(ord)), facetCounts[ord], Long::sum);
                }
            }
        }
    }
}
