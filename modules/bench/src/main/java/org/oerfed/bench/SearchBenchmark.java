package org.oerfed.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;
import org.oerfed.index.lucene.LuceneSearchIndex;

/**
 * {@code scripts/bench search}: generates N multilingual documents, indexes them into embedded Lucene and,
 * given a node, into Elasticsearch (documents/s), then sends a fixed mix of queries at 1, one per core, and 16
 * concurrent clients to each (p50, p95, p99, queries/s), and the very same Elasticsearch requests straight to
 * the node, without OERfed in between, to show what the service adds. Beside each figure, the CPU time per
 * document or query of OERfed and of the node, and the most per second this machine's cores allow at that
 * cost: where the node and the service share a few cores, that says what bounds a figure. Arguments: {@code --records N} (default
 * 1000000), {@code --queries N} (timed queries per run, default 2000), {@code --es-url URL} (no URL: Lucene
 * only), {@code --skip-lucene}.
 */
public final class SearchBenchmark {
    private static final int BATCH = 1_000;
    private static final long WARM_UP_NANOS = 45_000_000_000L;
    /** The 1 and 16 clients, and one client per core between: the most that need not wait for a core. */
    private static final int[] CONCURRENCY = java.util.stream.IntStream.of(1, CpuClock.cores(), 16).distinct().sorted().toArray();

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = 1_000_000;
        int queries = 2_000;
        Optional<URI> esUrl = Optional.empty();
        boolean lucene = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--records" -> records = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--es-url" -> esUrl = Optional.of(URI.create(args[++i]));
                case "--skip-lucene" -> lucene = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; use --records N, --queries N, --es-url URL, --skip-lucene");
            }
        }
        System.out.printf("OERfed search benchmark: %,d generated documents in 12 languages, %,d timed queries per run, "
                        + "heap limit %d MB, %d cores, Java %s%n", records, queries, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        MultilingualDocuments documents = new MultilingualDocuments(7);
        List<SearchQuery> mix = QueryMix.of(documents, SearchQuery.DEFAULT_SIZE);
        System.out.printf("query mix:   %d queries (free text in 12 languages, phrases, cross-language subject labels, "
                + "filters, sorts, deep pages), plus cursor pages per engine%n", mix.size());

        if (lucene) {
            Path directory = Files.createTempDirectory("oerfed-bench-lucene-");
            try (LuceneSearchIndex index = new LuceneSearchIndex(directory)) {
                measure("lucene", index, documents, records, mix, queries, Optional.empty(), new CpuClock(() -> 0));
            } finally {
                Directories.delete(directory);
            }
        }
        if (esUrl.isPresent()) {
            try (BenchElasticsearch elasticsearch = BenchElasticsearch.open(esUrl.get())) {
                measure("elasticsearch", elasticsearch.index(), documents, records, mix, queries,
                        Optional.of(elasticsearch.direct()), new CpuClock(elasticsearch::nodeCpuNanos));
            }
        } else {
            System.out.println("elasticsearch: no --es-url given, not measured (scripts/bench search starts a node)");
        }
    }

    private static void measure(String engine, SearchIndex index, MultilingualDocuments documents, int records,
                                List<SearchQuery> mix, int queries, Optional<Consumer<SearchQuery>> direct, CpuClock cpu)
            throws Exception {
        index.clear();
        long indexingNanos = 0;
        long generatingCpu = 0;
        long ownBefore = cpu.own();
        long engineBefore = cpu.engine();
        List<SearchDocument> batch = new ArrayList<>(BATCH);
        for (int from = 0; from < records; from += BATCH) {
            long generating = CpuClock.thread();
            for (int i = from; i < Math.min(records, from + BATCH); i++) batch.add(documents.document(i));
            generatingCpu += CpuClock.thread() - generating;
            long began = System.nanoTime();
            index.upsert(batch);
            indexingNanos += System.nanoTime() - began;
            batch.clear();
        }
        long began = System.nanoTime();
        index.refresh();
        indexingNanos += System.nanoTime() - began;
        double seconds = indexingNanos / 1e9;
        System.out.printf("%-14s indexed %,d documents in %.1f s = %,.0f documents/s (target: at least 5,000), %,d in the index%n",
                engine + ":", records, seconds, records / seconds, index.count());
        System.out.printf("%-14s %s%n", "", cpuPerItem("document", records, cpu.own() - ownBefore - generatingCpu,
                cpu.engine() - engineBefore, 1e3, "µs", "documents/s", 1e9));

        System.out.printf("%-14s %s%n", "", cpu.awaitQuiet(600));

        List<SearchQuery> engineMix = new ArrayList<>(mix);
        engineMix.addAll(cursorPages(index, mix));
        Consumer<SearchQuery> service = index::search;
        // Warm-up: caches, the engine's own, and the JIT, which otherwise goes on compiling for half a minute on
        // a core beside the first timed run.
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        do {
            new LoadRunner().run(service, engineMix, 2, engineMix.size());
        } while (System.nanoTime() < warmUntil);
        for (int concurrency : CONCURRENCY) {
            long own = cpu.own();
            long node = cpu.engine();
            Latencies latencies = new LoadRunner().run(service, engineMix, concurrency, queries);
            System.out.printf("%-14s %2d clients  %s%n", engine + ":", concurrency, latencies);
            System.out.printf("%-14s %s%n", "", cpuPerItem("query", queries, cpu.own() - own, cpu.engine() - node, 1e6,
                    "ms", "queries/s", 1e9));
            if (direct.isPresent()) {
                node = cpu.engine();
                Latencies straight = new LoadRunner().run(direct.get(), engineMix, concurrency, queries);
                System.out.printf("%-14s %2d clients  %s%n", "  direct:", concurrency, straight);
                System.out.printf("%-14s %2d clients  OERfed adds %+.1f ms at p50 over the same requests sent straight "
                        + "to Elasticsearch (target: at most 5 ms); the node's CPU per query %.1f ms%n", "", concurrency,
                        latencies.p50() - straight.p50(), (cpu.engine() - node) / 1e6 / queries);
            }
        }
    }

    /**
     * CPU time per document or query, OERfed's (the benchmark's process, less generating the documents; with
     * its client threads, which for queries cost what a client straight to Elasticsearch costs too) and
     * the engine's when it runs in a process of its own, and the most per second that time allows on this
     * machine's cores, all of them busy with nothing else.
     */
    private static String cpuPerItem(String item, int count, long ownNanos, long engineNanos, double unitNanos,
                                     String unit, String rate, double second) {
        double own = ownNanos / unitNanos / count;
        double engine = engineNanos / unitNanos / count;
        double total = (ownNanos + engineNanos) / (double) count;
        String engineShare = engineNanos > 0 ? String.format(" + %,.1f %s the Elasticsearch node", engine, unit) : "";
        return String.format("CPU per %s: %,.1f %s OERfed%s; %d cores allow at most %,.0f %s", item, own, unit,
                engineShare, CpuClock.cores(), CpuClock.cores() * second / total, rate);
    }

    /** Pages 10 and 50 deep by cursor, of a few queries of the mix: a cursor belongs to the engine that made it. */
    private static List<SearchQuery> cursorPages(SearchIndex index, List<SearchQuery> mix) {
        List<SearchQuery> pages = new ArrayList<>();
        for (SearchQuery start : List.of(mix.get(0), mix.get(mix.size() - 3), mix.get(mix.size() / 2))) {
            SearchQuery query = start;
            for (int depth = 1; depth <= 50; depth++) {
                SearchResult result = index.search(query);
                if (result.nextCursor().isEmpty()) break;
                query = query.withCursor(result.nextCursor());
                if (depth == 10 || depth == 50) pages.add(query);
            }
        }
        return pages;
    }
}
