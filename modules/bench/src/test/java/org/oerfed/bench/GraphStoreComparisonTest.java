package org.oerfed.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph benchmark compares like with like: the loader loads exactly the quads the production chain stored. */
class GraphStoreComparisonTest {

    @Test
    void theLoadersLoadTheQuadsTheIngestStored(@TempDir Path workDir) {
        GraphStoreComparison.Result result = GraphStoreComparison.run(20, 5, workDir);

        GraphStoreComparison.Ingested oerfed = result.oerfed();
        assertThat(oerfed.records()).isEqualTo(25);
        assertThat(oerfed.failed()).as("generated records that failed to normalise").isZero();
        assertThat(oerfed.formats()).allSatisfy(format -> assertThat(format.quads()).isPositive());
        assertThat(oerfed.quads()).isEqualTo(oerfed.formats().get(0).quads() + oerfed.formats().get(1).quads());
        assertThat(result.dumpedQuads()).isEqualTo(oerfed.quads());
        assertThat(result.tdbloader().figures().quads()).isEqualTo(oerfed.quads());
        assertThat(result.storeLayout().figures().quads()).isEqualTo(oerfed.quads());
        assertThat(result.storeLayout().figures().indexes()).doesNotContain("GPOS", "GOSP");
    }

    @Test
    void aRecordIsTheSameWhateverWasGeneratedBefore() {
        RecordGenerator lom = new LomRecordGenerator(GraphStoreComparison.SEED);
        RecordGenerator dc = new OaiDcRecordGenerator(GraphStoreComparison.SEED);
        String lom7 = lom.record(7).metadata().orElseThrow();
        String dc7 = dc.record(7).metadata().orElseThrow();
        lom.record(6);
        dc.record(6);

        assertThat(new LomRecordGenerator(GraphStoreComparison.SEED).record(7).metadata()).contains(lom7);
        assertThat(new OaiDcRecordGenerator(GraphStoreComparison.SEED).record(7).metadata()).contains(dc7);
        assertThat(lom.record(8).metadata()).isNotEqualTo(lom.record(7).metadata());
    }
}
