package org.oerfed.index.elasticsearch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.index.analysis.DocumentAnalysis;

/** Writes documents to one or more indices at once: the live one, and during a rebuild the new one too. */
final class DocumentWriter {

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

    private final DocumentAnalysis analysis;
    private final BulkWriter bulk;
    private final int chunkSize;

    /** @param bulkDocuments the most documents of one bulk request; chunks are no larger */
    DocumentWriter(DocumentAnalysis analysis, BulkWriter bulk, int bulkDocuments) {
        this.analysis = analysis;
        this.bulk = bulk;
        this.chunkSize = Math.min(MAX_CHUNK, bulkDocuments);
    }

    /**
     * Writes every document to every target. The documents are analysed and sent in chunks, the next chunk
     * analysed while the cluster indexes the one before: analysing is the service's share of the work and
     * indexing the cluster's, and one after the other, each would leave a core idle half the time.
     *
     * @return why documents were rejected, by id; a document is written only where it is not listed
     */
    Map<String, String> upsert(Collection<SearchDocument> documents, List<Target> targets) {
        Map<String, String> rejected = new LinkedHashMap<>();
        List<List<SearchDocument>> chunks = chunks(documents);
        if (chunks.isEmpty()) return rejected;
        CompletableFuture<List<DocumentAnalysis.Prepared<byte[]>>> next = CompletableFuture.completedFuture(prepare(chunks.get(0)));
        try {
            for (int i = 0; i < chunks.size(); i++) {
                List<DocumentAnalysis.Prepared<byte[]>> prepared = next.join();
                if (i + 1 < chunks.size()) {
                    List<SearchDocument> following = chunks.get(i + 1);
                    next = CompletableFuture.supplyAsync(() -> prepare(following));
                }
                rejected.putAll(bulk.write(items(prepared, targets, rejected)));
            }
        } finally {
            // a failed write leaves the analysis of the next chunk to nobody
            next.cancel(false);
        }
        return rejected;
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
}
