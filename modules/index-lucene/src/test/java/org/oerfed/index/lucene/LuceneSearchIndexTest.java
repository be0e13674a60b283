package org.oerfed.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;
import org.oerfed.index.tck.OerFixture;
import org.oerfed.index.tck.SearchIndexContract;

class LuceneSearchIndexTest extends SearchIndexContract {

    @TempDir
    Path directory;

    @Override
    protected SearchIndex createEmptyIndex() {
        return new LuceneSearchIndex(indexDirectory());
    }

    private Path indexDirectory() {
        return directory.resolve("index");
    }

    @Test
    void reopensWhatWasRefreshed() {
        loadFixture();
        index.close();

        index = new LuceneSearchIndex(indexDirectory());

        assertThat(index.count()).isEqualTo(30);
        assertThat(index.search(SearchQuery.text("algebra")).hits()).extracting(SearchDocument::id)
                .containsExactlyInAnyOrder("oer-01", "oer-16", "oer-21", "oer-30");
    }

    @Test
    void closingCommitsWritesNotYetRefreshed() {
        index.upsert(OerFixture.documents());
        index.close();

        index = new LuceneSearchIndex(indexDirectory());

        assertThat(index.count()).isEqualTo(30);
    }

    @Test
    void aSecondInstanceCannotOpenTheSameDirectory() {
        assertThatThrownBy(() -> new LuceneSearchIndex(indexDirectory()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(indexDirectory().toString());
    }

    /**
     * Searches running while documents are written and refreshed never fail, and each searcher only ever
     * sees the number of documents grow: every batch is whole or absent.
     */
    @Test
    void searchesWhileWriting() throws Exception {
        loadFixture();
        int batches = 40;
        int batchSize = 10;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<Long>>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(threads.submit(() -> {
                    List<Long> totals = new ArrayList<>();
                    boolean writerDone;
                    do {
                        // Read before searching: once the writer is done, one more search sees everything.
                        writerDone = !writing.get();
                        SearchResult result = index.search(new SearchQuery("lesson", Map.of(), 1, 5));
                        totals.add(result.total());
                    } while (!writerDone);
                    return totals;
                }));
            }
            Future<?> writer = threads.submit(() -> {
                try {
                    for (int b = 0; b < batches; b++) {
                        List<SearchDocument> batch = new ArrayList<>();
                        for (int i = 0; i < batchSize; i++) {
                            String id = "w-%03d-%02d".formatted(b, i);
                            batch.add(new SearchDocument(id, "Lesson " + id, "", "", List.of("en"), "", "writer"));
                        }
                        index.upsert(batch);
                        index.refresh();
                    }
                } finally {
                    writing.set(false);
                }
            });
            writer.get();
            for (Future<List<Long>> reader : readers) {
                List<Long> totals = reader.get();
                assertThat(totals).isSorted().allSatisfy(total -> assertThat(total % batchSize).isZero());
                assertThat(totals.get(totals.size() - 1)).isEqualTo(batches * batchSize);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(index.count()).isEqualTo(30 + batches * batchSize);
    }
}
