package org.oerfed.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.concepts.Vocabularies;
import org.oerfed.graph.projection.ConceptCatalogue;
import org.oerfed.graph.projection.SearchDocumentProjection;
import org.oerfed.graph.projection.SourceCountries;
import org.oerfed.pipeline.harvest.PipelinedIngest;
import org.oerfed.pipeline.harvest.RecordIngester;
import org.oerfed.store.files.FileDeadLetters;
import org.oerfed.store.tdb2.Tdb2GraphStore;
import org.oerfed.store.tdb2.Tdb2Settings;

/**
 * Phase A of {@code scripts/bench graph}: generated records stored the way a harvest stores them, by the
 * production {@link RecordIngester} over a new TDB2 store with the service's settings, in batches of the
 * harvest's default {@code commit-every} made of pages of 100, handed to a {@link PipelinedIngest} as the
 * harvest route does, so that a batch is normalised while the one before it is written. The next batch is
 * generated meanwhile on a thread of its own, standing in for the route's prefetching of pages: its CPU time
 * is shared with what is measured, its wall time overlapped as a partner's response time is. What is timed:
 * the lookups of the stored datestamps, normalising,
 * concept linking and ICT CFT alignment, SHACL validation, the projection into search documents (handed to
 * an index that keeps nothing), one TDB2 write transaction per batch, and settling the index journal at the
 * end. Not timed: counting what was stored.
 */
final class GraphIngest implements AutoCloseable {
    /** {@code oerfed.harvest.commit-every} as the service ships it. */
    static final int COMMIT_EVERY = 1000;
    /** The page size of the sample partner and of the harvest benchmark. */
    static final int PAGE_SIZE = 100;

    /**
     * What one format's records gave.
     *
     * @param seconds      time spent in the ingester
     * @param storeSeconds the part of it spent in the graph store: the datestamp lookups and the write transactions
     * @param quads        quads the store holds more than before
     */
    record Figures(String metadataPrefix, long records, long failed, long quads, double seconds, double storeSeconds) {
    }

    private final Tdb2GraphStore store;
    private final TimedStores timed = new TimedStores();
    private final RecordIngester ingester;

    GraphIngest(Path directory) {
        store = Tdb2GraphStore.open(directory.resolve("tdb2"), Tdb2Settings.defaults());
        ResourceIds ids = new ResourceIds(URI.create("http://localhost:8080/"));
        ingester = new RecordIngester(ProductionRecordGraphs.builder(ids), timed.graph(store), new SearchDocumentProjection(ConceptCatalogue.of(Vocabularies.bundled()), SourceCountries.none()),
                new NoSearchIndex(), new FileDeadLetters(directory.resolve("harvest")), Clock.systemUTC());
    }

    /**
     * Stores records 1 to {@code count} of the generator the way a harvest does: through a {@link PipelinedIngest},
     * which normalises each batch while the one before it is written. Generating the records is timed too: it
     * stands in for fetching them, and leaves no pause off the clock in which the next batch could be
     * normalised for free.
     */
    Figures ingest(RecordGenerator generator, int count) {
        long quadsBefore = quads();
        double storeBefore = timed.graphSeconds();
        long stored = 0;
        long failed = 0;
        long start = System.nanoTime();
        // a full harvest: unchanged records would be marked seen, though here every record is new
        // the route fetches a commit's worth of pages ahead on a thread of its own (PrefetchingPages): so does this
        ExecutorService fetching = Executors.newSingleThreadExecutor();
        try (PipelinedIngest<Integer> pipeline = new PipelinedIngest<>(ingester, generator.source(), "bench", true, ForkJoinPool.commonPool())) {
            List<PipelinedIngest.Stored<Integer>> done = new ArrayList<>();
            Future<List<RecordPage>> next = fetching.submit(() -> pages(generator, 1, Math.min(count, COMMIT_EVERY)));
            for (int first = 1; first <= count; first += COMMIT_EVERY) {
                List<RecordPage> pages = next.get();
                int following = first + COMMIT_EVERY;
                if (following <= count) {
                    next = fetching.submit(() -> pages(generator, following, Math.min(count, following + COMMIT_EVERY - 1)));
                }
                pipeline.submit(pages, first).ifPresent(done::add);
            }
            pipeline.finish().ifPresent(done::add);
            // a harvest settles the index journal when it ends
            ingester.settleIndexJournal();
            for (PipelinedIngest.Stored<Integer> batch : done) {
                stored += batch.outcome().counts().added() + batch.outcome().counts().updated();
                failed += batch.outcome().counts().failed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating records", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("generating records failed", e.getCause());
        } finally {
            fetching.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Figures(generator.source().metadataPrefix(), stored, failed, quads() - quadsBefore, seconds,
                timed.graphSeconds() - storeBefore);
    }

    private static List<RecordPage> pages(RecordGenerator generator, int first, int last) {
        List<RecordPage> pages = new ArrayList<>();
        for (int pageStart = first; pageStart <= last; pageStart += PAGE_SIZE) {
            List<HarvestedRecord> records = new ArrayList<>(PAGE_SIZE);
            for (int n = pageStart; n <= Math.min(last, pageStart + PAGE_SIZE - 1); n++) records.add(generator.record(n));
            pages.add(new RecordPage(records, Optional.of("page-" + pageStart), Optional.empty()));
        }
        return pages;
    }

    /** The quads of the record graphs stored so far. */
    long quads() {
        return store.read(dataset -> NamedGraphQuads.count(dataset.asDatasetGraph()));
    }

    /** The store, read by the dump; not timed. */
    GraphStore store() {
        return store;
    }

    @Override
    public void close() {
        DatasetGraph dataset = store.read(d -> d.asDatasetGraph());
        store.close();
        // the database stays open in TDB2's connection cache (and its files mapped) until expelled
        TDBInternal.expel(dataset);
    }
}
