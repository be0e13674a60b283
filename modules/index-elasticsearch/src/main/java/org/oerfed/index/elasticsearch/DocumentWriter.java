package org.oerfed.index.elasticsearch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.oerfed.core.error.OerfedException;
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
     * cores the node has. Also the backpressure: a chunk is not sent before the one two back is answered.
     */
    static final int WRITES_IN_FLIGHT = 2;

    /** How long closing waits for writes still running before the client under them is closed. */
    private static final long CLOSE_WAIT_SECONDS = 30;

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
     * {@link #WRITES_IN_FLIGHT} chunks are on their way at once, so a document given twice is written once, as
     * given last. When a write fails, no chunk is sent after that is known, and the call returns only when no
     * write of the batch is still running, so that a caller holding a lock for the batch's sake holds it over
     * every write. Interrupting the caller cancels the writes, interrupting their retries.
     *
     * @return why documents were rejected, by id; a document is written only where it is not listed
     * @throws OerfedException (setup) as {@link BulkWriter#write} does, or when interrupted; any chunk of the
     *                         batch may have been written
     */
    Map<String, String> upsert(Collection<SearchDocument> documents, List<Target> targets) {
        Map<String, String> rejected = new LinkedHashMap<>();
        List<List<SearchDocument>> chunks = chunks(lastOfEach(documents));
        if (chunks.isEmpty()) return rejected;
        CompletableFuture<List<DocumentAnalysis.Prepared<byte[]>>> next = CompletableFuture.completedFuture(prepare(chunks.get(0)));
        Future<Map<String, String>> before = CompletableFuture.completedFuture(Map.of());
        Future<Map<String, String>> writing = CompletableFuture.completedFuture(Map.of());
        try {
            for (int i = 0; i < chunks.size(); i++) {
                List<DocumentAnalysis.Prepared<byte[]>> prepared = next.join();
                if (i + 1 < chunks.size()) {
                    List<SearchDocument> following = chunks.get(i + 1);
                    next = CompletableFuture.supplyAsync(() -> prepare(following));
                }
                List<BulkItem> items = items(prepared, targets, rejected);
                // the write before this one may have failed already: then this one is not sent
                if (writing.isDone()) rejected.putAll(result(writing));
                before = writing;
                writing = submit(items);
                rejected.putAll(result(before));
            }
            rejected.putAll(result(writing));
        } catch (RuntimeException | Error e) {
            if (Thread.currentThread().isInterrupted()) {
                // being stopped: the writes are cut short too, in their retries' waits or their requests
                before.cancel(true);
                writing.cancel(true);
            }
            awaitQuietly(before, e);
            awaitQuietly(writing, e);
            throw e;
        } finally {
            // a failed write leaves the analysis of the next chunk to nobody
            next.cancel(false);
        }
        return rejected;
    }

    private Future<Map<String, String>> submit(List<BulkItem> items) {
        try {
            return writes.submit(() -> bulk.write(items));
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the Elasticsearch index is closed", e);
        }
    }

    /**
     * What a write returned, or what it threw, as it threw it; an interrupted caller gets a setup error and
     * keeps its interrupt.
     */
    private static Map<String, String> result(Future<Map<String, String>> write) {
        try {
            return write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OerfedException.setup("interrupted while writing to Elasticsearch", e);
        } catch (CancellationException e) {
            throw OerfedException.setup("a write to Elasticsearch was cancelled", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) throw failure;
            if (e.getCause() instanceof Error failure) throw failure;
            throw new IllegalStateException("a write to Elasticsearch failed", e.getCause());
        }
    }

    /**
     * Waits until a write has ended, whatever its outcome; its failure, if another than the one being thrown,
     * joins it. A cancelled write is not waited for: its thread stops at the interrupt.
     */
    private static void awaitQuietly(Future<Map<String, String>> write, Throwable thrown) {
        try {
            write.get();
        } catch (CancellationException cancelled) {
            // the caller is being stopped, and so is this write
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (e.getCause() != thrown) thrown.addSuppressed(e.getCause());
        }
    }

    /** The documents with each id once, as given last: two chunks of a batch may be written in either order. */
    private static Collection<SearchDocument> lastOfEach(Collection<SearchDocument> documents) {
        Map<String, SearchDocument> byId = new LinkedHashMap<>();
        for (SearchDocument document : documents) {
            byId.remove(document.id());
            byId.put(document.id(), document);
        }
        return byId.size() == documents.size() ? documents : byId.values();
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

    /** Stops the threads that send, after waiting a while for writes still running. */
    @Override
    public void close() {
        writes.shutdown();
        try {
            if (!writes.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) writes.shutdownNow();
        } catch (InterruptedException e) {
            writes.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
