package org.oerfed.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.BytesRef;
import org.oerfed.core.search.Facet;

/**
 * Counts the documents a query matches, and how many of them have each value of some facets; and, for a
 * query with filters, each filtered facet's counts over the documents that pass every filter but its own
 * (multi-select faceting: selecting a licence does not hide the other licences' counts). All in one pass over
 * the documents that fail at most one filter, the "drill sideways" of Lucene's facet module: a document that
 * passes every filter counts for the matches and every facet; one that fails only facet F's filter counts for
 * F alone.
 *
 * <p>Per document, the work is reading its value ordinals from {@link SegmentFacetValues}, which also say
 * which filters it passes, and an array increment per value. Only the ordinal ranges of the wanted facets are
 * resolved to values, once per segment.
 */
final class FacetCounts implements CollectorManager<FacetCounts.SegmentCounter, FacetCounts.Result> {

    /**
     * @param matching how many documents matched, passing every filter
     * @param counts   per counted facet, the count of each value some matching document has; per filtered
     *                 facet, the same over the documents that pass every other filter
     */
    record Result(long matching, Map<Facet, Map<BytesRef, Long>> counts) {

        /** The counts of this set of documents without those of a subset of it, facet by facet. */
        Result minus(Result subset) {
            Map<Facet, Map<BytesRef, Long>> rest = new EnumMap<>(Facet.class);
            subset.counts.forEach((facet, subsetCounts) -> {
                Map<BytesRef, Long> values = new HashMap<>();
                counts.getOrDefault(facet, Map.of()).forEach((value, count) -> {
                    long left = count - subsetCounts.getOrDefault(value, 0L);
                    if (left > 0) values.put(value, left);
                });
                rest.put(facet, values);
            });
            return new Result(matching - subset.matching, rest);
        }
    }

    private final FacetValuesCache cache;
    private final Set<Facet> counted;
    private final Facet[] filtered;
    private final Map<Facet, Set<String>> filters;

    /** Counts some facets over the documents a query matches (all of which pass any filter it has). */
    FacetCounts(FacetValuesCache cache, Set<Facet> counted) {
        this(cache, counted, Map.of());
    }

    /**
     * Counts over the documents of a query that fail at most one of {@code filters}: the query must not apply
     * the filters itself, but may leave out documents that fail two or more (see {@link PlanQueries#sideways}).
     *
     * @param cache   where the segments' facet values are read from
     * @param counted facets counted over the documents that pass every filter
     * @param filters the selected values of each filtered facet (at most 31 facets)
     */
    FacetCounts(FacetValuesCache cache, Set<Facet> counted, Map<Facet, Set<String>> filters) {
        if (filters.size() > 31) throw new IllegalArgumentException("at most 31 filtered facets, not " + filters.size());
        this.cache = cache;
        this.counted = Set.copyOf(counted);
        this.filters = Map.copyOf(filters);
        this.filtered = filters.keySet().toArray(Facet[]::new);
    }

    @Override
    public SegmentCounter newCollector() {
        return new SegmentCounter();
    }

    @Override
    public Result reduce(Collection<SegmentCounter> counters) throws IOException {
        long matching = 0;
        Map<Facet, Map<BytesRef, Long>> totals = new EnumMap<>(Facet.class);
        for (Facet facet : counted) totals.put(facet, new HashMap<>());
        for (Facet facet : filtered) totals.put(facet, new HashMap<>());
        for (SegmentCounter counter : counters) {
            for (SegmentCounts segment : counter.segments) {
                matching += segment.matching;
                segment.addTo(totals);
            }
        }
        return new Result(matching, totals);
    }

    /** Collects one search slice; keeps a {@link SegmentCounts} per segment it visits. */
    final class SegmentCounter implements Collector {

        private final List<SegmentCounts> segments = new ArrayList<>();

        /** Starts counting a segment. */
        SegmentCounts segment(LeafReaderContext context) throws IOException {
            SegmentCounts segment = new SegmentCounts(cache.of(context.reader()),
                    DocValues.getSortedSet(context.reader(), LuceneDocuments.FACET_VALUES));
            segments.add(segment);
            return segment;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SegmentCounts segment = segment(context);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // Counting needs no scores.
                }

                @Override
                public void collect(int doc) {
                    segment.count(doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** The counts of one segment, by ordinal; arrays, because {@link #count} runs for every document. */
    final class SegmentCounts {

        private final SegmentFacetValues documents;
        /** The segment's facet values, to look up by ordinal and the other way round. */
        private final SortedSetDocValues values;
        /** Of the documents that pass every filter. */
        private final int[] counts;
        /** Per filtered facet, of the documents that fail its filter alone. */
        private final int[][] failingOnly;
        /** Per ordinal, 1 + the index of the filter that selects it, or 0. */
        private final byte[] selectedBy;
        private final int allFilters;
        private final int[] ords;
        private long matching;

        SegmentCounts(SegmentFacetValues documents, SortedSetDocValues values) throws IOException {
            this.documents = documents;
            this.values = values;
            this.ords = new int[documents.maxPerDocument()];
            int valueCount = documents.valueCount();
            this.counts = new int[valueCount];
            this.failingOnly = new int[filtered.length][];
            this.selectedBy = new byte[filtered.length == 0 ? 0 : valueCount];
            this.allFilters = (1 << filtered.length) - 1;
            for (int f = 0; f < filtered.length; f++) {
                failingOnly[f] = new int[valueCount];
                for (String value : filters.get(filtered[f])) {
                    long ord = values.lookupTerm(LuceneDocuments.facetValue(filtered[f], value));
                    if (ord >= 0) selectedBy[(int) ord] = (byte) (f + 1);
                }
            }
        }

        /** Counts a document; says whether it passes every filter, being one of the matches. */
        boolean count(int doc) {
            int n = documents.ordinals(doc, ords);
            int passed = 0;
            if (selectedBy.length > 0) {
                for (int i = 0; i < n; i++) {
                    int selected = selectedBy[ords[i]];
                    if (selected != 0) passed |= 1 << (selected - 1);
                }
            }
            int failed = allFilters & ~passed;
            int[] target;
            if (failed == 0) {
                matching++;
                target = counts;
            } else if (Integer.bitCount(failed) == 1) {
                target = failingOnly[Integer.numberOfTrailingZeros(failed)];
            } else {
                return false;
            }
            // Ordinals of one document are distinct, so a document counts once per value.
            for (int i = 0; i < n; i++) target[ords[i]]++;
            return failed == 0;
        }

        /** Adds the counts of the wanted facets' values, found as the ordinal range of each facet's prefix. */
        void addTo(Map<Facet, Map<BytesRef, Long>> totals) throws IOException {
            if (counts.length == 0) return;
            TermsEnum terms = values.termsEnum();
            for (Map.Entry<Facet, Map<BytesRef, Long>> facet : totals.entrySet()) {
                int filter = Arrays.asList(filtered).indexOf(facet.getKey());
                BytesRef prefix = LuceneDocuments.facetValue(facet.getKey(), "");
                if (terms.seekCeil(prefix) == TermsEnum.SeekStatus.END) continue;
                for (long ord = terms.ord(); ord < counts.length; ord++) {
                    BytesRef value = values.lookupOrd(ord);
                    if (!startsWith(value, prefix)) break;
                    int count = counts[(int) ord] + (filter < 0 ? 0 : failingOnly[filter][(int) ord]);
                    if (count == 0) continue;
                    BytesRef key = new BytesRef(value.bytes, value.offset + prefix.length, value.length - prefix.length);
                    // lookupOrd reuses its bytes; the map needs a copy it owns.
                    facet.getValue().merge(BytesRef.deepCopyOf(key), (long) count, Long::sum);
                }
            }
        }

        private static boolean startsWith(BytesRef value, BytesRef prefix) {
            if (value.length < prefix.length) return false;
            return Arrays.equals(value.bytes, value.offset, value.offset + prefix.length,
                    prefix.bytes, prefix.offset, prefix.offset + prefix.length);
        }
    }
}
