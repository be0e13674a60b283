package org.oerfed.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The core of {@code scripts/bench graph}: generated records stored through OERfed's production chain
 * ({@link GraphIngest}), then the very quads that stored dumped to N-Quads and loaded by Jena's bulk loader
 * ({@link BulkLoad}), once as {@code tdb2.tdbloader} does and once into OERfed's index layout. Neither
 * database holds the vocabulary graphs: the service installs those at startup, not while it stores records.
 */
final class GraphStoreComparison {
    /** Both generators' seed: every run stores the same records. */
    static final long SEED = 20_240_101L;

    /** What the production chain stored, per format, and the database it made. */
    record Ingested(List<GraphIngest.Figures> formats, long quads, long bytesOnDisk) {
        long records() {
            return formats.stream().mapToLong(GraphIngest.Figures::records).sum();
        }

        long failed() {
            return formats.stream().mapToLong(GraphIngest.Figures::failed).sum();
        }

        double seconds() {
            return formats.stream().mapToDouble(GraphIngest.Figures::seconds).sum();
        }

        double storeSeconds() {
            return formats.stream().mapToDouble(GraphIngest.Figures::storeSeconds).sum();
        }
    }

    /** One bulk load, and the database it made. */
    record Loaded(BulkLoad.Figures figures, long bytesOnDisk) {
    }

    /** @param dumpedQuads the quads in the N-Quads file both loads read */
    record Result(Ingested oerfed, long dumpedQuads, long dumpBytes, Loaded tdbloader, Loaded storeLayout) {
    }

    private GraphStoreComparison() {
    }

    /** Runs both phases in folders under {@code workDir}, which the caller removes. */
    static Result run(int oaiDcRecords, int lomRecords, Path workDir) {
        Path nquads = workDir.resolve("record-graphs.nq");
        Ingested ingested;
        long dumped;
        System.gc();
        try (GraphIngest ingest = new GraphIngest(workDir.resolve("oerfed"))) {
            GraphIngest.Figures dc = ingest.ingest(new OaiDcRecordGenerator(SEED), oaiDcRecords);
            GraphIngest.Figures lom = ingest.ingest(new LomRecordGenerator(SEED + 1), lomRecords);
            long quads = ingest.quads();
            dumped = NQuadsDump.write(ingest.store(), nquads);
            ingested = new Ingested(List.of(dc, lom), quads, DiskUsage.bytes(workDir.resolve("oerfed").resolve("tdb2")));
        }
        System.gc();
        Path tdbloaderDir = workDir.resolve("tdbloader");
        BulkLoad.Figures tdbloader = BulkLoad.asTdbloader(nquads, tdbloaderDir);
        Loaded asTdbloader = new Loaded(tdbloader, DiskUsage.bytes(tdbloaderDir));
        System.gc();
        Path sameLayoutDir = workDir.resolve("store-layout");
        BulkLoad.Figures sameLayout = BulkLoad.withStoreLayout(nquads, sameLayoutDir);
        Loaded inStoreLayout = new Loaded(sameLayout, DiskUsage.bytes(sameLayoutDir));
        return new Result(ingested, dumped, DiskUsage.bytes(nquads), asTdbloader, inStoreLayout);
    }
}
