package org.oerfed.index.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The ordinals of every document's facet values ({@link LuceneDocuments#FACET_VALUES}) in one segment, read
 * once into arrays: counting reads them for every match of every query, and decoding them from the packed doc
 * values each time cost about ten times as much as the counting itself. Two bytes per value while a segment
 * has at most 65,536 distinct facet values (a million documents with twelve values each take 24 MB), four
 * above. A segment never changes, so neither do they ({@link FacetValuesCache}).
 */
final class SegmentFacetValues {

    private final int[] starts;
    private final char[] shortOrds;
    private final int[] ords;
    private final int valueCount;
    private final int maxPerDocument;

    private SegmentFacetValues(int[] starts, char[] shortOrds, int[] ords, int valueCount, int maxPerDocument) {
        this.starts = starts;
        this.shortOrds = shortOrds;
        this.ords = ords;
        this.valueCount = valueCount;
        this.maxPerDocument = maxPerDocument;
    }

    static SegmentFacetValues read(LeafReader reader) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(reader, LuceneDocuments.FACET_VALUES);
        int valueCount = Math.toIntExact(values.getValueCount());
        int maxDoc = reader.maxDoc();
        int[] starts = new int[maxDoc + 1];
        int[] all = new int[Math.max(16, maxDoc * 4)];
        int size = 0;
        int maxPerDocument = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            starts[doc] = size;
            if (!values.advanceExact(doc)) continue;
            int count = values.docValueCount();
            maxPerDocument = Math.max(maxPerDocument, count);
            if (size + count > all.length) all = Arrays.copyOf(all, Math.max(size + count, all.length * 2));
            for (int i = 0; i < count; i++) all[size++] = (int) values.nextOrd();
        }
        starts[maxDoc] = size;
        if (valueCount <= Character.MAX_VALUE + 1) {
            char[] shortOrds = new char[size];
            for (int i = 0; i < size; i++) shortOrds[i] = (char) all[i];
            return new SegmentFacetValues(starts, shortOrds, null, valueCount, maxPerDocument);
        }
        return new SegmentFacetValues(starts, null, Arrays.copyOf(all, size), valueCount, maxPerDocument);
    }

    /** How many distinct facet values the segment has: ordinals run from 0 to this, exclusive. */
    int valueCount() {
        return valueCount;
    }

    /** Copies a document's value ordinals into {@code into}, which must be long enough, and says how many. */
    int ordinals(int doc, int[] into) {
        int from = starts[doc];
        int count = starts[doc + 1] - from;
        if (shortOrds != null) {
            for (int i = 0; i < count; i++) into[i] = shortOrds[from + i];
        } else {
            System.arraycopy(ords, from, into, 0, count);
        }
        return count;
    }

    /** The most values any one document has, which an {@link #ordinals} buffer needs. */
    int maxPerDocument() {
        return maxPerDocument;
    }

    /** About how many bytes the arrays take. */
    long bytes() {
        return 4L * starts.length + (shortOrds != null ? 2L * shortOrds.length : 4L * ords.length);
    }
}
