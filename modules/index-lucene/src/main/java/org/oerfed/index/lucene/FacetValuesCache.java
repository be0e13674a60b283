package org.oerfed.index.lucene;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * The {@link SegmentFacetValues} of each segment searched, kept while the segment is open. Keyed by the
 * segment's core, which stays the same across near-real-time reopens that only add segments or delete
 * documents, so that a refresh reads only the new segments; dropped when the core closes (after a merge, or
 * when the index closes). Thread-safe: two searches that meet a new segment at once may both read it, and
 * either result is kept.
 */
final class FacetValuesCache {

    private final Map<IndexReader.CacheKey, SegmentFacetValues> segments = new ConcurrentHashMap<>();

    SegmentFacetValues of(LeafReader reader) throws IOException {
        IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        // Readers without a core to key by (none that an index writer opens) are read each time.
        if (core == null) return SegmentFacetValues.read(reader);
        SegmentFacetValues known = segments.get(core.getKey());
        if (known != null) return known;
        SegmentFacetValues read = SegmentFacetValues.read(reader);
        SegmentFacetValues first = segments.putIfAbsent(core.getKey(), read);
        if (first != null) return first;
        core.addClosedListener(segments::remove);
        return read;
    }

    /** How many segments are kept, and about how many bytes they take: for tests and operators. */
    long bytes() {
        return segments.values().stream().mapToLong(SegmentFacetValues::bytes).sum();
    }

    int size() {
        return segments.size();
    }
}
