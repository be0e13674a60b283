package org.oerfed.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.RejectedDocumentsException;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;
import org.oerfed.core.search.SortOrder;

/**
 * Bulk writes: batching, retries of what a busy cluster turns away, rejections of single documents, and a
 * cluster that is down. The busy cluster is {@link FlakyProxy} in front of the real node.
 */
class ElasticsearchBulkTest {

    private TestCluster cluster;
    private FlakyProxy proxy;
    private String name;

    @BeforeEach
    void connect() throws IOException {
        cluster = TestCluster.connect();
        name = cluster.newName();
        proxy = new FlakyProxy(cluster.url());
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (proxy != null) proxy.close();
        if (cluster != null) cluster.close();
    }

    private ElasticsearchSearchIndex throughProxy(int bulkDocuments) {
        return new ElasticsearchSearchIndex(TestCluster.settings(name, proxy.url()).bulk(bulkDocuments, 5_000_000).build());
    }

    private ElasticsearchSearchIndex direct() {
        return new ElasticsearchSearchIndex(cluster.settings(name).build());
    }

    static SearchDocument document(String id) {
        return SearchDocument.builder(id).title("en", "Title of " + id).facet(Facet.LANGUAGE, "en").build();
    }

    private static List<SearchDocument> documents(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> document("doc-" + i)).toList();
    }

    @Test
    void sendsAtMostTheConfiguredNumberOfDocumentsPerRequest() {
        try (ElasticsearchSearchIndex index = throughProxy(2)) {
            index.upsert(documents(5));
            index.refresh();

            assertThat(proxy.bulkSizes()).containsExactlyInAnyOrder(2, 2, 1);
            assertThat(index.count()).isEqualTo(5);
        }
    }

    /** A batch is analysed and sent in chunks, the next analysed while the cluster indexes one: all arrive. */
    @Test
    void sendsALargeBatchInChunksOfAtMostTheConfiguredSize() {
        try (ElasticsearchSearchIndex index = throughProxy(1000)) {
            index.upsert(documents(2 * DocumentWriter.MAX_CHUNK + 7));
            index.refresh();

            assertThat(proxy.bulkSizes()).containsExactlyInAnyOrder(DocumentWriter.MAX_CHUNK, DocumentWriter.MAX_CHUNK, 7);
            assertThat(index.count()).isEqualTo(2 * DocumentWriter.MAX_CHUNK + 7);
        }
    }

    /** A one-shard index is written by one thread per request: two requests on their way keep two busy; never more. */
    @Test
    void keepsTwoChunksOnTheirWayAtOnce() {
        try (ElasticsearchSearchIndex index = throughProxy(1000)) {
            proxy.holdTheNextBulkUntilTheOneAfterIsAnswered();

            index.upsert(documents(4 * DocumentWriter.MAX_CHUNK));
            index.refresh();

            assertThat(proxy.mostBulksHeld()).isEqualTo(DocumentWriter.WRITES_IN_FLIGHT);
            assertThat(proxy.bulkSizes()).hasSize(4);
            assertThat(index.count()).isEqualTo(4 * DocumentWriter.MAX_CHUNK);
        }
    }

    /** Chunks on their way side by side may be applied in either order: a document given twice is written as given last. */
    @Test
    void aDocumentGivenTwiceInABatchIsWrittenAsGivenLast() {
        try (ElasticsearchSearchIndex index = throughProxy(1000)) {
            List<SearchDocument> batch = new ArrayList<>();
            batch.add(SearchDocument.builder("twice").title("en", "first version").build());
            batch.addAll(documents(DocumentWriter.MAX_CHUNK));
            batch.add(SearchDocument.builder("twice").title("en", "second version").build());
            proxy.holdTheBulkContainingUntilAnotherIsAnswered("first version");

            index.upsert(batch);
            index.refresh();

            assertThat(index.count()).isEqualTo(DocumentWriter.MAX_CHUNK + 1);
            SearchResult found = index.search(new SearchQuery("title:version", "en", Map.of(), SortOrder.RELEVANCE, 1,
                    SearchQuery.DEFAULT_SIZE, ""));
            assertThat(found.hits()).extracting(hit -> hit.document().title()).containsExactly("second version");
        }
    }

    /**
     * A chunk the cluster keeps turning away fails the batch: the chunk sent beside it, if it was sent before
     * the failure was known, is answered before the caller learns, and no chunk after the two is sent.
     */
    @Test
    void aChunkThatCannotBeWrittenFailsTheBatchAndStopsIt() {
        try (ElasticsearchSearchIndex index = new ElasticsearchSearchIndex(TestCluster.settings(name, proxy.url())
                .retries(0, Duration.ofMillis(1), Duration.ofMillis(1)).build())) {
            proxy.rejectRequests(1);

            assertThatThrownBy(() -> index.upsert(documents(4 * DocumentWriter.MAX_CHUNK)))
                    .isInstanceOf(OerfedException.class);
            List<Integer> sent = proxy.bulkSizes();
            assertThat(sent).hasSizeBetween(1, DocumentWriter.WRITES_IN_FLIGHT).containsOnly(DocumentWriter.MAX_CHUNK);
            index.refresh();
            assertThat(index.count()).isEqualTo((sent.size() - 1L) * DocumentWriter.MAX_CHUNK);
        }
    }

    @Test
    void sendsAgainEveryItemTheClusterTurnedAwayUntilItTakesThem() {
        try (ElasticsearchSearchIndex index = throughProxy(100)) {
            proxy.rejectItems(2, item -> true);

            index.upsert(documents(3));
            index.refresh();

            assertThat(proxy.bulkSizes()).containsExactly(3, 3, 3);
            assertThat(index.count()).isEqualTo(3);
        }
    }

    @Test
    void sendsAgainOnlyTheItemsTurnedAway() {
        try (ElasticsearchSearchIndex index = throughProxy(100)) {
            proxy.rejectItems(1, item -> item == 1 || item == 3);

            index.upsert(documents(4));

            assertThat(proxy.bulkSizes()).containsExactly(4, 2);
        }
    }

    @Test
    void sendsAgainARequestTheClusterTurnedAwayAsAWhole() {
        try (ElasticsearchSearchIndex index = throughProxy(100)) {
            proxy.rejectRequests(1);

            index.upsert(documents(2));
            index.refresh();

            assertThat(proxy.bulkSizes()).containsExactly(2, 2);
            assertThat(index.count()).isEqualTo(2);
        }
    }

    @Test
    void failsWhenTheClusterKeepsTurningItemsAwayAndSaysNothingIsWritten() {
        try (ElasticsearchSearchIndex index = throughProxy(100)) {
            proxy.rejectItems(100, item -> true);

            assertThatThrownBy(() -> index.upsert(documents(2)))
                    .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.SETUP))
                    .hasMessageContaining("did not take 2 bulk operation(s) after 3 attempt(s)");
            assertThat(proxy.bulkSizes()).containsExactly(2, 2, 2);
        }
    }

    @Test
    void failsWhenTheClusterIsDownSoThatTheCallerKeepsItsDocuments() {
        try (ElasticsearchSearchIndex index = throughProxy(100)) {
            proxy.close();

            assertThatThrownBy(() -> index.upsert(documents(2)))
                    .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.SETUP))
                    .hasMessageContaining("unreachable");
        }
        try (ElasticsearchSearchIndex index = direct()) {
            index.refresh();
            assertThat(index.count()).isZero();
        }
    }

    @Test
    void reportsTheDocumentsTheClusterRejectsAndWritesTheOthers() {
        SearchDocument immense = SearchDocument.builder("immense").title("en", "Too big")
                .facet(Facet.SOURCE, "x".repeat(40_000)).build();
        try (ElasticsearchSearchIndex index = direct()) {
            assertThatThrownBy(() -> index.upsert(List.of(document("fine-1"), immense, document("fine-2"))))
                    .isInstanceOfSatisfying(RejectedDocumentsException.class,
                            e -> assertThat(e.reasonsById()).containsOnlyKeys("immense"));
            index.refresh();

            assertThat(index.count()).isEqualTo(2);
        }
    }

    @Test
    void deletesByIdIgnoringUnknownIds() {
        try (ElasticsearchSearchIndex index = direct()) {
            index.upsert(documents(3));
            index.delete(List.of("doc-2", "never-indexed"));
            index.refresh();

            assertThat(index.count()).isEqualTo(2);
        }
    }

    @Test
    void failsAWriteWhenTheWriteAliasIsGoneInsteadOfCreatingAnIndex() {
        try (ElasticsearchSearchIndex index = direct()) {
            cluster.post("/_aliases", "{\"actions\":[{\"remove\":{\"index\":\"" + name + ".v2.1\",\"alias\":\""
                    + name + "-write\"}}]}");

            assertThatThrownBy(() -> index.upsert(documents(1)))
                    .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.SETUP));
            assertThat(cluster.exists("/" + name + "-write")).isFalse();
        }
    }
}
