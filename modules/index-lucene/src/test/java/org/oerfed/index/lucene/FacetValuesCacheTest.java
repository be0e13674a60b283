package org.oerfed.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.oerfed.core.search.Facet;

class FacetValuesCacheTest {

    private final FacetValuesCache cache = new FacetValuesCache();

    @Test
    void readsEachDocumentsValueOrdinalsInOrdinalOrder() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(document("language", "fr", "language", "en", "open", "true"));
            writer.addDocument(new Document());
            writer.addDocument(document("open", "false"));
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                LeafReader segment = reader.leaves().get(0).reader();

                SegmentFacetValues values = cache.of(segment);

                // the ordinals of language\u001fen, language\u001ffr, open\u001ffalse, open\u001ftrue
                assertThat(values.valueCount()).isEqualTo(4);
                assertThat(values.maxPerDocument()).isEqualTo(3);
                assertThat(ordinals(values, 0)).containsExactly(0, 1, 3);
                assertThat(ordinals(values, 1)).isEmpty();
                assertThat(ordinals(values, 2)).containsExactly(2);
                assertThat(cache.of(segment)).isSameAs(values);
            }
        }
    }

    @Test
    void keepsASegmentWhileItIsOpenAndDropsItWhenItCloses() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig());
            writer.addDocument(document("open", "true"));
            writer.commit();
            DirectoryReader first = DirectoryReader.open(writer);
            cache.of(first.leaves().get(0).reader());
            writer.addDocument(document("open", "false"));
            DirectoryReader second = DirectoryReader.openIfChanged(first, writer);
            // the old segment is shared by the reopened reader: read once, and only the new one added
            second.leaves().forEach(leaf -> read(leaf.reader()));
            assertThat(cache.size()).isEqualTo(2);
            assertThat(cache.bytes()).isPositive();

            first.close();
            second.close();
            // the writer pools the segments its near-real-time readers share until it closes
            writer.close();

            assertThat(cache.size()).isZero();
        }
    }

    private void read(LeafReader reader) {
        try {
            cache.of(reader);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int[] ordinals(SegmentFacetValues values, int doc) {
        int[] into = new int[Math.max(1, values.maxPerDocument())];
        return Arrays.copyOf(into, values.ordinals(doc, into));
    }

    private static Document document(String... keysAndValues) {
        Document document = new Document();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Facet facet = Facet.fromKey(keysAndValues[i]).orElseThrow();
            BytesRef value = LuceneDocuments.facetValue(facet, keysAndValues[i + 1]);
            document.add(new SortedSetDocValuesField(LuceneDocuments.FACET_VALUES, value));
        }
        return document;
    }
}
