package org.oerfed.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oerfed.pipeline.Partners.indexed;
import static org.oerfed.pipeline.Partners.record;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.pipeline.harvest.RecordIngester;
import org.oerfed.pipeline.index.IndexPass;
import org.oerfed.pipeline.index.ResourceIndexer;

/** Rebuilding the search index from the graph, on real TDB2 and a real Lucene index. */
class SearchRebuildTest extends StoresOnDisk {
    private static final Instant DAY_1 = Instant.parse("2024-03-01T00:00:00Z");

    @Test
    void aRebuildMakesTheIndexTheProjectionOfTheGraphAgain() {
        ResourceIndexer indexer = partners.indexer(store, lucene);
        RecordIngester ingester = partners.ingester(store, indexer);
        partners.ingest(ingester, "alpha", record("alpha", "a1", DAY_1, "Fractions", "doi:10.1234/abc"),
                record("alpha", "a2", DAY_1, "Photosynthesis"), record("alpha", "a3", DAY_1, "Water cycle"));
        partners.ingest(ingester, "beta", record("beta", "b1", DAY_1, "Brüche", "doi:10.1234/abc"));
        // the index loses its documents (a disk replaced, a new engine): the graph still has everything
        lucene.clear();
        lucene.refresh();
        assertThat(lucene.count()).isZero();

        IndexPass rebuilt = indexer.rebuild();

        assertThat(rebuilt.upserted()).isEqualTo(3);
        assertThat(rebuilt.rejected()).isEmpty();
        assertThat(indexed(lucene)).hasSize(3).isEqualTo(partners.projectionOfGraph(store));
    }

    @Test
    void aSearchEngineThatFailsDuringTheRebuildLeavesTheLiveIndexAsItWas() {
        FailingSearchIndex failing = new FailingSearchIndex(lucene);
        ResourceIndexer indexer = partners.indexer(store, failing);
        partners.ingest(partners.ingester(store, indexer), "alpha", record("alpha", "a1", DAY_1, "Fractions"));
        failing.down.set(true);

        assertThatThrownBy(indexer::rebuild).isInstanceOfSatisfying(OerfedException.class,
                e -> assertThat(e.fault()).isEqualTo(Fault.SETUP));

        assertThat(indexed(lucene)).isEqualTo(partners.projectionOfGraph(store)).hasSize(1);
    }
}
