package org.oerfed.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oerfed.pipeline.Partners.deleted;
import static org.oerfed.pipeline.Partners.indexed;
import static org.oerfed.pipeline.Partners.record;
import static org.oerfed.pipeline.Partners.resourceId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.graph.ResourceDescriptions;
import org.oerfed.pipeline.harvest.PipelinedIngest;
import org.oerfed.pipeline.harvest.RecordIngester;

/**
 * Batches normalised while the one before them is written: committed one behind, in order, and against the
 * graph as it is when they are committed, not as it was when they were prepared.
 */
class PipelinedIngestTest extends StoresOnDisk {
    private static final Instant DAY_1 = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2024-03-02T00:00:00Z");
    /** Prepares a batch on the caller's thread as it is handed in: always before the batch before it commits. */
    private static final Executor AT_ONCE = Runnable::run;

    @Test
    void commitsEachBatchWhenTheNextIsHandedInAndTheLastAtTheEnd() {
        RecordIngester ingester = partners.ingester(store, partners.indexer(store, lucene));
        try (PipelinedIngest<String> pipeline = new PipelinedIngest<>(ingester, partners.source("alpha"), "run", true,
                ForkJoinPool.commonPool())) {
            assertThat(pipeline.submit(page(record("alpha", "a1", DAY_1, "Fractions")), "first")).isEmpty();
            assertThat(stored("alpha", "a1")).as("prepared, not committed").isFalse();

            Optional<PipelinedIngest.Stored<String>> first = pipeline.submit(page(record("alpha", "a2", DAY_1, "Geometry")), "second");
            assertThat(first).map(PipelinedIngest.Stored::tag).contains("first");
            assertThat(first.orElseThrow().outcome().counts().added()).isEqualTo(1);
            assertThat(stored("alpha", "a1")).isTrue();
            assertThat(stored("alpha", "a2")).isFalse();

            assertThat(pipeline.finish()).map(PipelinedIngest.Stored::tag).contains("second");
            assertThat(pipeline.finish()).isEmpty();
        }
        assertThat(stored("alpha", "a2")).isTrue();
        assertThat(indexed(lucene)).containsOnlyKeys(resourceId("alpha", "a1"), resourceId("alpha", "a2"));
    }

    @Test
    void aBatchIsJudgedAgainstTheGraphAsTheBatchBeforeItLeftIt() {
        RecordIngester ingester = partners.ingester(store, partners.indexer(store, lucene));
        partners.ingest(ingester, "alpha", record("alpha", "old", DAY_1, "Old title"));
        try (PipelinedIngest<Integer> pipeline = new PipelinedIngest<>(ingester, partners.source("alpha"), "run", false, AT_ONCE)) {
            pipeline.submit(page(record("alpha", "a1", DAY_1, "Fractions"), record("alpha", "a2", DAY_1, "Geometry"),
                    record("alpha", "old", DAY_2, "New title")), 1);
            // prepared while nothing of the batch before is stored: each verdict changes once it is
            Optional<PipelinedIngest.Stored<Integer>> first = pipeline.submit(page(deleted("alpha", "a1", DAY_2),
                    record("alpha", "a2", DAY_1, "Geometry"), record("alpha", "old", DAY_1, "Old title")), 2);
            assertThat(first.orElseThrow().outcome().counts()).isEqualTo(new HarvestRun.Counts(1, 2, 1, 0, 0, 0));

            HarvestRun.Counts second = pipeline.finish().orElseThrow().outcome().counts();

            assertThat(second).as("a1 deleted, a2 unchanged, old changed back and normalised after all")
                    .isEqualTo(new HarvestRun.Counts(1, 0, 1, 1, 1, 0));
        }
        assertThat(stored("alpha", "a1")).isFalse();
        assertThat(indexed(lucene)).containsOnlyKeys(resourceId("alpha", "a2"), resourceId("alpha", "old"));
        assertThat(indexed(lucene).get(resourceId("alpha", "old")).title()).isEqualTo("Old title");
        assertThat(indexed(lucene)).isEqualTo(partners.projectionOfGraph(store));
    }

    @Test
    void aBatchHandedInAfterOneThatFailsIsDropped() {
        FailingSearchIndex index = new FailingSearchIndex(lucene);
        RecordIngester ingester = partners.ingester(store, partners.indexer(store, index));
        try (PipelinedIngest<Integer> pipeline = new PipelinedIngest<>(ingester, partners.source("alpha"), "run", false, AT_ONCE)) {
            pipeline.submit(page(record("alpha", "a1", DAY_1, "Fractions")), 1);
            index.down.set(true);
            assertThatThrownBy(() -> pipeline.submit(page(record("alpha", "a2", DAY_1, "Geometry")), 2))
                    .hasMessageContaining("cluster unreachable");
            index.down.set(false);

            assertThat(pipeline.finish()).isEmpty();
        }
        assertThat(stored("alpha", "a1")).as("the graph commits before the index fails").isTrue();
        assertThat(stored("alpha", "a2")).isFalse();
    }

    private static List<RecordPage> page(HarvestedRecord... records) {
        return List.of(new RecordPage(List.of(records), Optional.empty(), Optional.empty()));
    }

    private boolean stored(String sourceId, String identifier) {
        return new ResourceDescriptions(store, Partners.IDS).describe(resourceId(sourceId, identifier)).isPresent();
    }
}
