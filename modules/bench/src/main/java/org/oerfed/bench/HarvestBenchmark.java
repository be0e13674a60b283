package org.oerfed.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code scripts/bench harvest}: the raw fetch rate of a local OAI-PMH provider's pages, then the
 * end-to-end rate of a full harvest of the same pages into TDB2 and Lucene, and the peak heap of this JVM
 * while it ran. Arguments: {@code --records N} (default 100000), {@code --page-size N} (default 100),
 * {@code --partner-jar PATH}, {@code --histogram} (the classes that hold the most live heap at the end).
 */
public final class HarvestBenchmark {
    private HarvestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = 100_000;
        int pageSize = 100;
        int commitEvery = 1000;
        boolean histogram = false;
        Path partnerJar = Path.of("modules/sample-partner/target/oerfed-sample-partner.jar");
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals("--histogram")) {
                histogram = true;
                i--;
                continue;
            }
            if (i + 1 >= args.length) throw new IllegalArgumentException("no value after " + args[i]);
            switch (args[i]) {
                case "--records" -> records = Integer.parseInt(args[i + 1]);
                case "--page-size" -> pageSize = Integer.parseInt(args[i + 1]);
                case "--partner-jar" -> partnerJar = Path.of(args[i + 1]);
                case "--commit-every" -> commitEvery = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --records N, --page-size N, --commit-every N, --partner-jar PATH, --histogram");
            }
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf("OERfed harvest benchmark: %,d generated oai_dc records, page size %d, commit every %,d records, heap limit %d MB, %d cores, Java %s%n",
                records, pageSize, commitEvery, maxHeap >> 20, Runtime.getRuntime().availableProcessors(), Runtime.version());
        Path dataDir = Files.createTempDirectory("oerfed-bench-");
        try (PartnerProcess partner = PartnerProcess.start(partnerJar, records, pageSize, heapFor(records))) {
            RawFetch.Result raw = new RawFetch().run(partner.baseUrl());
            double rawRate = raw.records() / raw.seconds();
            System.out.printf("raw fetch:   %,d records, %,d pages, %,d MB in %.1f s = %,.0f records/s%n",
                    raw.records(), raw.pages(), raw.bytes() >> 20, raw.seconds(), rawRate);

            HarvesterOnly.Result parsed = new HarvesterOnly().run(partner.baseUrl());
            System.out.printf("harvester:   %,d records fetched and parsed (XOAI, no storage) in %.1f s = %,.0f records/s%n",
                    parsed.records(), parsed.seconds(), parsed.records() / parsed.seconds());

            System.gc();
            EndToEndHarvest.Result end;
            long peak;
            long peakLive;
            try (HeapSampler heap = new HeapSampler()) {
                end = new EndToEndHarvest().run(partner.baseUrl(), dataDir, commitEvery);
                peak = heap.peakBytes();
                peakLive = heap.peakLiveBytes();
            }
            long stored = end.run().counts().added() + end.run().counts().updated();
            double endRate = stored / end.seconds();
            System.out.printf("end-to-end:  %,d records stored in %.1f s = %,.0f records/s (harvest -> normalise -> TDB2 -> Lucene), run %s%n",
                    stored, end.seconds(), endRate, end.run().status());
            double other = end.seconds() - end.graphSeconds() - end.indexSeconds();
            System.out.printf("where:       graph store (TDB2) %.1f s = %,.0f records/s on its own; search index (Lucene) %.1f s; "
                    + "the rest (normalising, and fetching not hidden behind storing) %.1f s%n",
                    end.graphSeconds(), stored / end.graphSeconds(), end.indexSeconds(), other);
            System.out.printf("ratio:       %.0f%% of the raw fetch rate (target: at least 50%%)%n", 100 * endRate / rawRate);
            System.out.printf("heap:        %d MB retained at the end of the harvest with the stores open (after a full collection); "
                    + "peaks while it ran: %d MB after a collection, %d MB in use (sampled every 50 ms); limit %d MB%n",
                    end.retainedBytes() >> 20, peakLive >> 20, peak >> 20, maxHeap >> 20);
            if (histogram) System.out.println("largest live classes at the end:\n" + end.histogram());
            if (stored != records) {
                System.out.printf("WARNING:     %,d records were stored, not %,d: the figures above do not describe a complete harvest%n",
                        stored, records);
            }
        } finally {
            deleteRecursively(dataDir);
        }
    }

    /** The partner holds its whole catalogue in memory: about 2 KB a generated record. */
    private static String heapFor(int records) {
        long megabytes = Math.max(256, (long) records * 3 / 1024);
        return megabytes + "m";
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
