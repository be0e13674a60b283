package org.oerfed.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oerfed.pipeline.Partners.indexed;
import static org.oerfed.pipeline.Partners.record;
import static org.oerfed.pipeline.Partners.resourceId;

import java.time.Instant;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.ForwardingGraphStore;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.IndexJournal;
import org.oerfed.pipeline.harvest.RecordIngester;
import org.oerfed.pipeline.index.IndexCatchUp;
import org.oerfed.pipeline.index.ResourceIndexer;

/**
 * The index journal and its catch-up pass: a search engine that fails, or a stop between the graph commit
 * and the index write, loses no update.
 */
class IndexCatchUpTest extends StoresOnDisk {
    private static final Instant DAY_1 = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2024-03-02T00:00:00Z");

    @Test
    void aBatchTheIndexRefusesStaysInTheGraphAndTheJournalUntilTheCatchUpIndexesIt() {
        FailingSearchIndex index = new FailingSearchIndex(lucene);
        ResourceIndexer indexer = partners.indexer(store, index);
        RecordIngester ingester = partners.ingester(store, indexer);
        partners.ingest(ingester, "alpha", record("alpha", "a1", DAY_1, "Fractions", "10.1234/abc"));

        index.down.set(true);
        assertThatThrownBy(() -> partners.ingest(ingester, "beta",
                record("beta", "b1", DAY_1, "Brüche", "10.1234/abc"), record("beta", "b2", DAY_1, "Dezimalzahlen")))
                .isInstanceOfSatisfying(OerfedException.class, e -> {
                    assertThat(e.fault()).isEqualTo(Fault.SETUP);
                    assertThat(e.getMessage()).contains("index journal").contains("cluster unreachable");
                });
        index.down.set(false);
        // the graph has the batch; the index does not
        assertThat(store.recordGraph(Partners.IDS.recordGraphUri(resourceId("beta", "b2")))).isPresent();
        assertThat(indexed(lucene)).containsOnlyKeys(resourceId("alpha", "a1"));
        assertThat(new IndexJournal(store).size()).isEqualTo(2);
        // later batches are indexed as usual, and leave the failed batch's entries alone
        partners.ingest(ingester, "alpha", record("alpha", "a2", DAY_2, "Geometry"));
        // the run ends: the entries the index holds are settled
        ingester.settleIndexJournal();
        assertThat(new IndexJournal(store).size()).isEqualTo(2);

        long caughtUp = new IndexCatchUp(new IndexJournal(store), indexer).run();

        assertThat(caughtUp).isEqualTo(2);
        assertThat(new IndexJournal(store).size()).isZero();
        assertThat(indexed(lucene)).hasSize(3).isEqualTo(partners.projectionOfGraph(store));
    }

    @Test
    void aStopBetweenTheGraphCommitAndTheIndexWriteIsCaughtUpByTheNextInstance() {
        GraphStore stopsAfterCommit = new StopsAfterCommit(store);
        RecordIngester ingester = partners.ingester(stopsAfterCommit, partners.indexer(stopsAfterCommit, lucene));
        RecordIngester alpha = partners.ingester(store, partners.indexer(store, lucene));
        partners.ingest(alpha, "alpha", record("alpha", "a1", DAY_1, "Fractions", "10.1234/abc"));
        // alpha's run ended: the index holds a1, and the journal no longer names it
        alpha.settleIndexJournal();

        assertThatThrownBy(() -> partners.ingest(ingester, "beta", record("beta", "b1", DAY_1, "Brüche", "10.1234/abc"),
                record("beta", "b2", DAY_1, "Dezimalzahlen"))).hasMessageContaining("killed");
        // OERfed restarts: new store, index, ingester
        close();
        open();
        ResourceIndexer indexer = partners.indexer(store, lucene);
        RecordIngester restarted = partners.ingester(store, indexer);
        assertThat(indexed(lucene)).containsOnlyKeys(resourceId("alpha", "a1"));
        assertThat(new IndexJournal(store).size()).as("the merged resource and b2 wait").isEqualTo(2);

        new IndexCatchUp(new IndexJournal(store), indexer).run();

        assertThat(indexed(lucene)).hasSize(2).isEqualTo(partners.projectionOfGraph(store));
        // the resumed harvest finds the batch stored, and writes nothing again
        assertThat(partners.ingest(restarted, "beta", record("beta", "b1", DAY_1, "Brüche", "10.1234/abc")).counts().unchanged()).isEqualTo(1);
    }

    /** A store whose process dies right after a planned batch commits, before anyone indexes it. */
    private static final class StopsAfterCommit extends ForwardingGraphStore {

        StopsAfterCommit(GraphStore store) {
            super(store);
        }

        @Override
        public GraphChanges apply(Function<Dataset, GraphChanges> planner) {
            super.apply(planner);
            throw new IllegalStateException("killed after the graph commit (simulated)");
        }

        /** The test closes the real store. */
        @Override
        public void close() {
        }
    }
}
