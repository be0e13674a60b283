package org.oerfed.index.elasticsearch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private final DocumentAnalysis analysis;
    private final BulkWriter bulk;

    DocumentWriter(DocumentAnalysis analysis, BulkWriter bulk) {
        this.analysis = analysis;
        this.bulk = bulk;
    }

    /**
     * Writes every document to every target.
     *
     * @return why documents were rejected, by id; a document is written only where it is not listed
     */
    Map<String, String> upsert(Collection<SearchDocument> documents, List<Target> targets) {
        Map<String, String> rejected = new LinkedHashMap<>();
        List<BulkItem> items = new ArrayList<>();
        for (DocumentAnalysis.Prepared<byte[]> document : analysis.prepareAll(documents, DocumentSource::of)) {
            if (!document.ok()) {
                rejected.put(document.id(), "could not be analysed: " + document.failure());
                continue;
            }
            for (Target target : targets) items.add(BulkItem.index(target.name(), target.alias(), document.id(), document.value()));
        }
        rejected.putAll(bulk.write(items));
        return rejected;
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
