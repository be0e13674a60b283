package org.oerfed.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.oerfed.index.analysis.IndexFields;

/**
 * Counts, over every matching document, how many match and how many have each value of some facets.
 *
 * <p>Counting ordinals of the per-segment doc values and resolving them to values once per segment keeps
 * the per-hit work to array increments.
 */
final class FacetCounts implements CollectorManager<FacetCounts.SegmentCounter, FacetCounts.Result> {

    /**
     * @param matching how many documents matched
     * @param counts   per counted facet, the count of each value some matching document has
     */
    record Result(long matching, Map<Facet, Map<BytesRef, Long>> counts) {
    }

    private final Set<Facet> facets;

    FacetCounts(Set<Facet> facets) {
        this.facets = Set.copyOf(facets);
    }

    @Override
    public SegmentCounter newCollector() {
        return new SegmentCounter(facets);
    }

    @Override
    public Result reduce(Collection<SegmentCounter> counters) throws IOException {
        long matching = 0;
        Map<Facet, Map<BytesRef, Long>> totals = new EnumMap<>(Facet.class);
        for (Facet facet : facets) totals.put(facet, new HashMap<>());
        for (SegmentCounter counter : counters) {
            matching += counter.matching;
            for (SegmentCounts segment : counter.segments) segment.addTo(totals);
        }
        return new Result(matching, totals);
    }

    /** Collects one search slice; keeps a {@link SegmentCounts} per segment it visits. */
    static final class SegmentCounter implements Collector {

        private final Set<Facet> facets;
        private final List<SegmentCounts> segments = new ArrayList<>();
        private long matching;

        SegmentCounter(Set<Facet> facets) {
            this.facets = facets;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SegmentCounts segment = new SegmentCounts(context, facets);
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

    /** Ordinal counts of the counted facets in one segment; arrays, because {@link #count} runs for every hit. */
    private static final class SegmentCounts {

        private final Facet[] facets;
        private final SortedSetDocValues[] values;
        private final long[][] counts;

        SegmentCounts(LeafReaderContext context, Set<Facet> counted) throws IOException {
            facets = counted.toArray(Facet[]::new);
            values = new SortedSetDocValues[facets.length];
            counts = new long[facets.length][];
            for (int f = 0; f < facets.length; f++) {
                values[f] = DocValues.getSortedSet(context.reader(), IndexFields.facet(facets[f]));
                counts[f] = new long[Math.toIntExact(values[f].getValueCount())];
            }
        }

        void count(int doc) throws IOException {
            for (int f = 0; f < values.length; f++) {
                SortedSetDocValues docValues = values[f];
                if (!docValues.advanceExact(doc)) continue;
                long[] facetCounts = counts[f];
                // Ordinals of one document are distinct, so a document counts once per value.
                for (int i = 0; i < docValues.docValueCount(); i++) {
                    facetCounts[(int) docValues.nextOrd()]++;
                }
            }
        }

        void addTo(Map<Facet, Map<BytesRef, Long>> totals) throws IOException {
            for (int f = 0; f < facets.length; f++) {
                Map<BytesRef, Long> facetTotals = totals.get(facets[f]);
                for (int ord = 0; ord < counts[f].length; ord++) {
                    if (counts[f][ord] == 0) continue;
                    // lookupOrd reuses its BytesRef; the map needs a copy it owns.
                    facetTotals.merge(BytesRef.deepCopyOf(values[f].lookupOrd(ord)), counts[f][ord], Long::sum);
                }
            }
        }
    }
}
