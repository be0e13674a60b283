package org.oerfed.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oerfed.pipeline.Partners.deleted;
import static org.oerfed.pipeline.Partners.indexed;
import static org.oerfed.pipeline.Partners.record;
import static org.oerfed.pipeline.Partners.resourceId;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.graph.IndexJournal;
import org.oerfed.graph.ResourceDescriptions;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.index.lucene.LuceneSearchIndex;
import org.oerfed.pipeline.harvest.PageOutcome;
import org.oerfed.pipeline.harvest.RecordIngester;
import org.oerfed.store.tdb2.Tdb2GraphStore;

/**
 * Merging across sources through the ingester, on TDB2 and Lucene: records of different partners that share
 * a DOI, handle, ISBN or web address become one resource, each record kept in its own graph.
 */
class MergingAcrossSourcesTest {
    private static final Instant DAY_1 = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2024-03-02T00:00:00Z");
    private static final Instant DAY_3 = Instant.parse("2024-03-03T00:00:00Z");

    @TempDir
    Path dir;
    private Partners partners;
    private Tdb2GraphStore store;
    private LuceneSearchIndex index;
    private RecordIngester ingester;

    @BeforeEach
    void open() {
        partners = new Partners(dir);
        store = Tdb2GraphStore.open(dir.resolve("tdb2"));
        index = new LuceneSearchIndex(dir.resolve("lucene"));
        ingester = partners.ingester(store, partners.indexer(store, index));
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    @Test
    void twoSourcesSharingADoiMakeOneResourceWithBothRecordGraphs() {
        partners.ingest(ingester, "alpha", record("alpha", "a1", DAY_1, "Fractions", "https://doi.org/10.1234/ABC"));
        PageOutcome beta = partners.ingest(ingester, "beta", record("beta", "b1", DAY_1, "Brüche", "doi:10.1234/abc"));

        String resource = resourceId("alpha", "a1");
        assertThat(beta.counts()).isEqualTo(new HarvestRun.Counts(1, 1, 0, 0, 0, 0));
        assertThat(recordGraphsOf(resource)).containsExactlyInAnyOrder(graph("alpha", "a1"), graph("beta", "b1"));
        Map<String, SearchDocument> documents = indexed(index);
        assertThat(documents).containsOnlyKeys(resource);
        assertThat(documents.get(resource).title()).isEqualTo("Fractions");
        assertThat(documents.get(resource).sources()).containsExactly("alpha", "beta");
        assertThat(documents).isEqualTo(partners.projectionOfGraph(store));
        ingester.settleIndexJournal();
        assertThat(new IndexJournal(store).size()).isZero();
    }

    @Test
    void handlesIsbnsAndVariantsOfOneWebAddressMergeToo() {
        List<List<String>> pairs = List.of(
                List.of("hdl:20.500.12345/678", "https://hdl.handle.net/20.500.12345/678"),
                List.of("ISBN 0-306-40615-2", "978-0-306-40615-7"),
                List.of("http://OER.example.org:80/lessons/fractions/?utm_source=feed#top", "https://oer.example.org/lessons/fractions"),
                List.of("urn:nbn:de:0111-pedocs-12345", "URN:NBN:de:0111-pedocs-12345"));
        int n = 0;
        for (List<String> pair : pairs) {
            n++;
            partners.ingest(ingester, "alpha", record("alpha", "a" + n, DAY_1, "Alpha " + n, pair.get(0)));
            partners.ingest(ingester, "beta", record("beta", "b" + n, DAY_1, "Beta " + n, pair.get(1)));
            assertThat(recordGraphsOf(resourceId("alpha", "a" + n))).as(pair.toString()).hasSize(2);
        }
        assertThat(indexed(index)).hasSize(pairs.size()).isEqualTo(partners.projectionOfGraph(store));
    }

    @Test
    void reHarvestingEitherSourceKeepsTheResourceId() {
        partners.ingest(ingester, "alpha", record("alpha", "a1", DAY_1, "Fractions", "10.1234/abc"));
        partners.ingest(ingester, "beta", record("beta", "b1", DAY_1, "Brüche", "10.1234/abc"));

        PageOutcome beta = partners.ingest(ingester, "beta", record("beta", "b1", DAY_2, "Brüche, 2. Auflage", "10.1234/abc"));
        PageOutcome alpha = partners.ingest(ingester, "alpha", record("alpha", "a1", DAY_2, "Fractions, 2nd edition", "10.1234/abc"));

        assertThat(beta.counts().updated()).isEqualTo(1);
        assertThat(alpha.counts().updated()).isEqualTo(1);
        String resource = resourceId("alpha", "a1");
        assertThat(recordGraphsOf(resource)).hasSize(2);
        assertThat(indexed(index)).containsOnlyKeys(resource).isEqualTo(partners.projectionOfGraph(store));
        assertThat(indexed(index).get(resource).title()).isEqualTo("Fractions, 2nd edition");
    }

    @Test
    void deletingOneSourcesRecordKeepsTheResourceWithTheOthersAndDeletingBothRemovesIt() {
        partners.ingest(ingester, "alpha", record("alpha", "a1", DAY_1, "Fractions", "10.1234/abc"));
        partners.ingest(ingester, "beta", record("beta", "b1", DAY_1, "Brüche", "10.1234/abc"));
        String resource = resourceId("alpha", "a1");

        PageOutcome alphaGone = partners.ingest(ingester, "alpha", deleted("alpha", "a1", DAY_2));

        assertThat(alphaGone.counts().deleted()).isEqualTo(1);
        assertThat(recordGraphsOf(resource)).containsExactly(graph("beta", "b1"));
        assertThat(indexed(index)).containsOnlyKeys(resource);
        assertThat(indexed(index).get(resource).title()).isEqualTo("Brüche");
        assertThat(indexed(index).get(resource).sources()).containsExactly("beta");
        assertThat(indexed(index)).isEqualTo(partners.projectionOfGraph(store));
        // the survivor re-harvested stays where it is: the resource keeps its id
        partners.ingest(ingester, "beta", record("beta", "b1", DAY_2, "Brüche, neu", "10.1234/abc"));
        assertThat(recordGraphsOf(resource)).containsExactly(graph("beta", "b1"));

        partners.ingest(ingester, "beta", deleted("beta", "b1", DAY_3));

        assertThat(new ResourceDescriptions(store, Partners.IDS).describe(resource)).isEmpty();
        assertThat(index.count()).isZero();
        ingester.settleIndexJournal();
        assertThat(new IndexJournal(store).size()).isZero();
    }

    @Test
    void aRecordThatChangesItsDoiMovesOutToItsOwnResource() {
        partners.ingest(ingester, "alpha", record("alpha", "a1", DAY_1, "Fractions", "10.1234/abc"));
        partners.ingest(ingester, "beta", record("beta", "b1", DAY_1, "Brüche", "10.1234/abc"));

        partners.ingest(ingester, "beta", record("beta", "b1", DAY_2, "Brüche", "10.1234/other"));

        assertThat(recordGraphsOf(resourceId("alpha", "a1"))).containsExactly(graph("alpha", "a1"));
        assertThat(recordGraphsOf(resourceId("beta", "b1"))).containsExactly(graph("beta", "b1"));
        assertThat(indexed(index)).containsOnlyKeys(resourceId("alpha", "a1"), resourceId("beta", "b1"))
                .isEqualTo(partners.projectionOfGraph(store));
    }

    @Test
    void recordsOfOneSourceNeverMergeWithEachOther() {
        // a repository that gives every record its home page and one placeholder DOI
        partners.ingest(ingester, "alpha",
                record("alpha", "a1", DAY_1, "One", "https://alpha.example.org/", "10.9999/placeholder"),
                record("alpha", "a2", DAY_1, "Two", "https://alpha.example.org/", "10.9999/placeholder"));

        assertThat(indexed(index)).containsOnlyKeys(resourceId("alpha", "a1"), resourceId("alpha", "a2"));
    }

    @Test
    void theHigherPrioritySourcesTitleIsShown() {
        partners.prioritise("beta", 10);
        partners.ingest(ingester, "alpha", record("alpha", "a1", DAY_1, "Fractions", "10.1234/abc"));
        partners.ingest(ingester, "beta", record("beta", "b1", DAY_1, "Fractions: a first lesson", "10.1234/abc"));

        assertThat(indexed(index).get(resourceId("alpha", "a1")).title()).isEqualTo("Fractions: a first lesson");
    }

    @Test
    void twoSourcesHarvestedAtOnceFindEachOthersRecords() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int r = 0; r < 5; r++) {
                int round = r;
                String doi = "10.1234/at-once-" + round;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<PageOutcome>> outcomes = new ArrayList<>();
                for (String source : List.of("alpha", "beta")) {
                    String id = source.charAt(0) + "-" + round;
                    outcomes.add(threads.submit(() -> {
                        start.await();
                        return partners.ingest(ingester, source, record(source, id, DAY_1, source + " " + round, doi));
                    }));
                }
                start.countDown();
                for (Future<PageOutcome> outcome : outcomes) outcome.get();
                assertThat(recordGraphsOf(resourceId("alpha", "a-" + round)).size() + recordGraphsOf(resourceId("beta", "b-" + round)).size())
                        .as("round " + round).isEqualTo(2);
                assertThat(recordGraphsOf(resourceId("alpha", "a-" + round)).size()).as("round " + round).isIn(0, 2);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(indexed(index)).hasSize(5).isEqualTo(partners.projectionOfGraph(store));
    }

    private List<String> recordGraphsOf(String resourceId) {
        return new ResourceDescriptions(store, Partners.IDS).describe(resourceId)
                .map(Model.class::cast)
                .map(m -> m.listSubjectsWithProperty(Oerfed.describes).mapWith(r -> r.getURI()).toList())
                .orElse(List.of());
    }

    private static String graph(String sourceId, String identifier) {
        return Partners.IDS.recordGraphUri(resourceId(sourceId, identifier));
    }
}
