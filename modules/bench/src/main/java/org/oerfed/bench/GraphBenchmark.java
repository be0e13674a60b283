package org.oerfed.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.oerfed.bench.GraphStoreComparison.Ingested;
import org.oerfed.bench.GraphStoreComparison.Loaded;

/**
 * {@code scripts/bench graph}: generated oai_dc and LOM records normalised and stored through OERfed's
 * production chain into TDB2, beside Jena's bulk loader loading the same quads as N-Quads, the ceiling for
 * writing them to TDB2. Prints records/s and triples/s of each and their ratio; asserts nothing. Arguments:
 * {@code --oai-dc N} (default 100000), {@code --lom N} (default 20000).
 */
public final class GraphBenchmark {
    private GraphBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int oaiDc = 100_000;
        int lom = 20_000;
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) throw new IllegalArgumentException("no value after " + args[i]);
            switch (args[i]) {
                case "--oai-dc" -> oaiDc = Integer.parseInt(args[i + 1]);
                case "--lom" -> lom = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; use --oai-dc N, --lom N");
            }
        }
        printf("OERfed graph benchmark: %,d generated oai_dc and %,d LOM records, commit every %,d records, "
                        + "heap limit %d MB, %d cores (load average %.1f), Java %s (%s)%n",
                oaiDc, lom, GraphIngest.COMMIT_EVERY, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                loadAverage(), Runtime.version(), System.getProperty("java.vm.name"));
        Path workDir = Files.createTempDirectory("oerfed-bench-graph-");
        try {
            print(GraphStoreComparison.run(oaiDc, lom, workDir), workDir);
        } finally {
            DiskUsage.deleteRecursively(workDir);
        }
    }

    private static void print(GraphStoreComparison.Result result, Path workDir) {
        Ingested oerfed = result.oerfed();
        for (GraphIngest.Figures format : oerfed.formats()) {
            printf("OERfed:      %-7s %,9d records, %,11d quads (%.0f a record) in %6.1f s = %,6.0f records/s, %,7.0f triples/s; "
                            + "in TDB2 %.1f s, the rest %.1f s%n",
                    format.metadataPrefix(), format.records(), format.quads(), (double) format.quads() / Math.max(1, format.records()),
                    format.seconds(), format.records() / format.seconds(), format.quads() / format.seconds(),
                    format.storeSeconds(), format.seconds() - format.storeSeconds());
        }
        double oerfedRate = oerfed.quads() / oerfed.seconds();
        printf("OERfed:      both    %,9d records, %,11d quads (%.0f a record) in %6.1f s = %,6.0f records/s, %,7.0f triples/s; "
                        + "in TDB2 %.1f s (%.0f%%), the rest %.1f s%n",
                oerfed.records(), oerfed.quads(), (double) oerfed.quads() / Math.max(1, oerfed.records()), oerfed.seconds(),
                oerfed.records() / oerfed.seconds(), oerfedRate, oerfed.storeSeconds(), 100 * oerfed.storeSeconds() / oerfed.seconds(),
                oerfed.seconds() - oerfed.storeSeconds());
        printf("""
                             timed: batches of %,d records (pages of %d) handed to a PipelinedIngest as a harvest hands them over,
                             each normalised while the one before it is written, the next generated meanwhile on a thread of its
                             own as the route prefetches pages (in memory, no HTTP; its CPU is shared, its wall time hidden), the
                             datestamp lookups, the production normalisers, concept linking, ICT CFT alignment, SHACL validation,
                             search-document projection (to an index that keeps nothing) and one TDB2 write transaction a batch; "in
                             TDB2" is the lookups, the reads of the projection and the transactions. Not timed: Lucene, checkpoints,
                             the quality measure that ends a harvest.
                """, GraphIngest.COMMIT_EVERY, GraphIngest.PAGE_SIZE);
        Loaded tdbloader = result.tdbloader();
        Loaded storeLayout = result.storeLayout();
        double tdbloaderRate = tdbloader.figures().quads() / tdbloader.figures().seconds();
        double storeLayoutRate = storeLayout.figures().quads() / storeLayout.figures().seconds();
        printf("ceiling:     tdb2.tdbloader: %,d quads in %.1f s = %,.0f triples/s (%,.0f records/s); loader %s, "
                        + "quad indexes %s%n",
                tdbloader.figures().quads(), tdbloader.figures().seconds(), tdbloaderRate, oerfed.records() / tdbloader.figures().seconds(),
                tdbloader.figures().loader(), String.join(" ", tdbloader.figures().indexes()));
        printf("             the same loader into OERfed's layout: %,d quads in %.1f s = %,.0f triples/s (%,.0f records/s); "
                        + "quad indexes %s%n",
                storeLayout.figures().quads(), storeLayout.figures().seconds(), storeLayoutRate,
                oerfed.records() / storeLayout.figures().seconds(), String.join(" ", storeLayout.figures().indexes()));
        printf("ratio:       OERfed's triples/s are %.0f%% of tdb2.tdbloader's (target: at least 50%%); "
                        + "%.0f%% of the loader's into the same index layout%n",
                100 * oerfedRate / tdbloaderRate, 100 * oerfedRate / storeLayoutRate);
        printf("data:        the same %,d quads everywhere: the record graphs, no vocabulary graphs (the service installs those "
                        + "at startup); on disk: OERfed's TDB2 %,d MB, N-Quads %,d MB, tdbloader's TDB2 %,d MB, "
                        + "loader into OERfed's layout %,d MB (in %s, removed)%n",
                oerfed.quads(), oerfed.bytesOnDisk() >> 20, result.dumpBytes() >> 20, tdbloader.bytesOnDisk() >> 20,
                storeLayout.bytesOnDisk() >> 20, workDir);
        // other work on the machine slows one phase and not the other
        printf("machine:     load average %.1f at the end (%d cores)%n", loadAverage(), Runtime.getRuntime().availableProcessors());
        if (oerfed.failed() > 0) {
            printf("WARNING:     %,d generated records failed to normalise: the generators are broken%n", oerfed.failed());
        }
        if (result.dumpedQuads() != oerfed.quads() || tdbloader.figures().quads() != oerfed.quads()
                || storeLayout.figures().quads() != oerfed.quads()) {
            printf("WARNING:     the quad counts differ (stored %,d, dumped %,d, loaded %,d and %,d): the rates do not compare "
                    + "the same work%n", oerfed.quads(), result.dumpedQuads(), tdbloader.figures().quads(), storeLayout.figures().quads());
        }
    }

    /** The system's load average over the last minute; negative where the platform does not say. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Figures as {@code 1,234.5} whatever the machine's locale, which the benchmark leaves alone: normalisers may read it. */
    private static void printf(String format, Object... args) {
        System.out.print(String.format(Locale.ROOT, format, args));
    }
}
