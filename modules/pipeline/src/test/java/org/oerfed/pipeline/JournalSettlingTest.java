package org.oerfed.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oerfed.pipeline.Partners.indexed;
import static org.oerfed.pipeline.Partners.record;
import static org.oerfed.pipeline.Partners.resourceId;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;
import org.oerfed.graph.ForwardingGraphStore;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.IndexJournal;
import org.oerfed.graph.JournalEntry;
import org.oerfed.pipeline.harvest.RecordIngester;
import org.oerfed.pipeline.index.IndexCatchUp;
import org.oerfed.pipeline.index.ResourceIndexer;

/**
 * The ingester settles a batch's index journal entries in the next batch's write transaction, not in a
 * commit of its own: a crash at any point leaves every entry whose resource the index may lack, and the
 * entries of batches the index holds are gone after the next batch, or when the run settles the journal.
 */
class JournalSettlingTest extends StoresOnDisk {
    private static final Instant DAY_1 = Instant.parse("2024-03-01T00:00:00Z");

    @Test
    void aBatchsEntriesStayUntilTheNextBatchWritesAndAreGoneAfterIt() {
        RecordIngester ingester = partners.ingester(store, partners.indexer(store, lucene));
        IndexJournal journal = new IndexJournal(store);

        partners.ingest(ingester, "alpha", record("alpha", "a1", DAY_1, "Fractions"));
        Set<JournalEntry> first = new HashSet<>(journal.pending(100));
        assertThat(first).as("indexed, but settled only by the next write").hasSize(1);
        assertThat(indexed(lucene)).containsOnlyKeys(resourceId("alpha", "a1"));

        partners.ingest(ingester, "alpha", record("alpha", "a2", DAY_1, "Geometry"));
        List<JournalEntry> second = journal.pending(100);
        assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
        assertThat(second.get(0).resourceUri()).isEqualTo(Partners.IDS.resourceUri(resourceId("alpha", "a2")));

        ingester.settleIndexJournal();
        assertThat(journal.size()).isZero();
        assertThat(indexed(lucene)).isEqualTo(partners.projectionOfGraph(store));
    }

    @Test
    void aCrashBeforeTheEntriesAreSettledLeavesThemForTheCatchUpWhichChangesNothing() {
        partners.ingest(partners.ingester(store, partners.indexer(store, lucene)), "alpha",
                record("alpha", "a1", DAY_1, "Fractions", "10.1234/abc"), record("alpha", "a2", DAY_1, "Geometry"));
        // OERfed dies before another batch or the end of the run settles them
        close();
        open();
        IndexJournal journal = new IndexJournal(store);
        assertThat(journal.size()).isEqualTo(2);
        ResourceIndexer indexer = partners.indexer(store, lucene);

        assertThat(new IndexCatchUp(journal, indexer).run()).isEqualTo(2);

        assertThat(journal.size()).isZero();
        assertThat(indexed(lucene)).hasSize(2).isEqualTo(partners.projectionOfGraph(store));
    }

    @Test
    void aWriteThatFailsKeepsTheEntriesItWasToSettle() {
        FailsOnce failing = new FailsOnce(store);
        RecordIngester ingester = partners.ingester(failing, partners.indexer(failing, lucene));
        IndexJournal journal = new IndexJournal(store);
        partners.ingest(ingester, "alpha", record("alpha", "a1", DAY_1, "Fractions"));
        assertThat(journal.size()).isEqualTo(1);

        failing.failNext.set(true);
        assertThatThrownBy(() -> partners.ingest(ingester, "alpha", record("alpha", "a2", DAY_1, "Geometry")))
                .hasMessageContaining("disk full");
        assertThat(journal.size()).as("nothing committed").isEqualTo(1);

        ingester.settleIndexJournal();
        assertThat(journal.size()).as("the failed write gave its settlements back").isZero();
    }

    /** A store whose next planned write fails before it commits, once. */
    private static final class FailsOnce extends ForwardingGraphStore {
        final AtomicBoolean failNext = new AtomicBoolean();

        FailsOnce(GraphStore store) {
            super(store);
        }

        @Override
        public GraphChanges apply(Function<Dataset, GraphChanges> planner) {
            return super.apply(dataset -> {
                GraphChanges changes = planner.apply(dataset);
                if (failNext.getAndSet(false)) throw new IllegalStateException("disk full (simulated)");
                return changes;
            });
        }

        @Override
        public void close() {
        }
    }
}
