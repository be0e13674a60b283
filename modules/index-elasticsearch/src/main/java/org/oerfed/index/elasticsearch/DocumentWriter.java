package org.oerfed.index.elasticsearch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.index.analysis.DocumentAnalysis;

/** Writes documents to one or more indices at once: the live one, and during a rebuild the new one too. */
final class DocumentWriter implements AutoCloseable {

    /**
     * Where documents go.
     *
     * @param name  an alias or a physical index
     * @param alias whether {@code name} is an alias, which must then exist
     */
    record Target(String name, boolean alias) {
    }

    /** Documents analysed and sent at a time: small enough that analysing overlaps indexing over most of a batch. */
    static final int MAX_CHUNK = 250;

    /**
     * Bulk requests of one batch on their way at once. A shard indexes a bulk request on one of the node's
     * write threads: with one request at a time, a one-shard index is written by one thread however many
     * cores the node has. Two took {@code scripts/bench search}'s indexing from about 3,300 to 4,100
     * documents/s on two cores. Also the backpressure: the next chunk is not sent before the one two back is
     * answered.
     */
    static final int WRITES_IN_FLIGHT = 2;

    private final DocumentAnalysis analysis;
    private final BulkWriter bulk;
    private final int chunkSize;
    private final ExecutorService writes;

    /** @param bulkDocuments the most documents of one bulk request; chunks are no larger */
    DocumentWriter(DocumentAnalysis analysis, BulkWriter bulk, int bulkDocuments) {
        this.analysis = analysis;
        this.bulk = bulk;
        this.chunkSize = Math.min(MAX_CHUNK, bulkDocuments);
        AtomicInteger threads = new AtomicInteger();
        this.writes = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "oerfed-elasticsearch-bulk-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Writes every document to every target. The documents are analysed and sent in chunks, the next chunk
     * analysed while the cluster indexes the ones before: analysing is the service's share of the work and
     * indexing the cluster's, and one after the other, each would leave a core idle half the time. At most
     * {@link #WRITES_IN_FLIGHT} chunks are on their way at once. When one fails, none is sent after it, and
     * the call returns only when no write of the batch is still running, so that a caller holding a lock
     * for the batch's sake holds it over every write.
     *
     * @return why documents were rejected, by id; a document is written only where it is not listed
     */
    Map<String, String> upsert(Collection<SearchDocument> documents, List<Target> targets) {
        Map<String, String> rejected = new LinkedHashMap<>();
        List<List<SearchDocument>> chunks = chunks(documents);
        if (chunks.isEmpty()) return rejected;
        CompletableFuture<List<DocumentAnalysis.Prepared<byte[]>>> next = CompletableFuture.completedFuture(prepare(chunks.get(0)));
        CompletableFuture<Map<String, String>> writing = CompletableFuture.completedFuture(Map.of());
        try {
            for (int i = 0; i < chunks.size(); i++) {
                List<DocumentAnalysis.Prepared<byte[]>> prepared = next.join();
                if (i + 1 < chunks.size()) {
                    List<SearchDocument> following = chunks.get(i + 1);
                    next = CompletableFuture.supplyAsync(() -> prepare(following));
                }
                List<BulkItem> items = items(prepared, targets, rejected);
                CompletableFuture<Map<String, String>> before = writing;
                writing = CompletableFuture.supplyAsync(() -> bulk.write(items), writes);
                rejected.putAll(result(before));
            }
            rejected.putAll(result(writing));
        } catch (RuntimeException | Error e) {
            // the other write of the batch may still be running: it ends, whatever its outcome, before the caller learns
            writing.handle((written, failure) -> null).join();
            throw e;
        } finally {
            // a failed write leaves the analysis of the next chunk to nobody
            next.cancel(false);
        }
        return rejected;
    }

    /** What a write returned, or what it threw, as it threw it. */
    private static Map<String, String> result(CompletableFuture<Map<String, String>> write) {
        try {
            return write.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            if (e.getCause() instanceof Error failure) throw failure;
            throw e;
        }
    }

    private List<List<SearchDocument>> chunks(Collection<SearchDocument> documents) {
        List<List<SearchDocument>> chunks = new ArrayList<>();
        List<SearchDocument> chunk = new ArrayList<>(chunkSize);
        for (SearchDocument document : documents) {
            chunk.add(document);
            if (chunk.size() == chunkSize) {
                chunks.add(chunk);
                chunk = new ArrayList<>(chunkSize);
            }
        }
        if (!chunk.isEmpty()) chunks.add(chunk);
        return chunks;
    }

    private List<DocumentAnalysis.Prepared<byte[]>> prepare(List<SearchDocument> chunk) {
        return analysis.prepareAll(chunk, DocumentSource::of);
    }

    private static List<BulkItem> items(List<DocumentAnalysis.Prepared<byte[]>> prepared, List<Target> targets,
                                        Map<String, String> rejected) {
        List<BulkItem> items = new ArrayList<>();
        for (DocumentAnalysis.Prepared<byte[]> document : prepared) {
            if (!document.ok()) {
                rejected.put(document.id(), "could not be analysed: " + document.failure());
                continue;
            }
            for (Target target : targets) items.add(BulkItem.index(target.name(), target.alias(), document.id(), document.value()));
        }
        return items;
    }

    /** Deletes the documents from every target; unknown ids are no error. */
    Map<String, String> delete(Collection<String> ids, List<Target> targets) {
        List<BulkItem> items = new ArrayList<>();
        for (String id : ids) {
            for (Target target : targets) items.add(BulkItem.delete(target.name(), id));
        }
        return bulk.write(items);
    }

    /** Stops the threads that send; a write still running ends first. */
    @Override
    public void close() {
        writes.shutdown();
    }
}
