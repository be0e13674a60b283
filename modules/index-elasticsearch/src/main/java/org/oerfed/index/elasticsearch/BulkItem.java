package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;

/**
 * One operation of a bulk write: a document written to, or deleted from, one index.
 *
 * @param id        the document id, under which a rejection is reported
 * @param operation the operation as the client sends it
 * @param bytes     about how much of a request it takes
 */
record BulkItem(String id, BulkOperation operation, long bytes) {

    /** Room for the action line of an operation. */
    private static final int ACTION_BYTES = 100;

    /**
     * Indexes a document.
     *
     * @param alias whether {@code target} must be an alias: a write through an alias that has gone missing then
     *              fails instead of creating an index of that name
     */
    static BulkItem index(String target, boolean alias, String id, byte[] source) {
        BinaryData data = BinaryData.of(source, ContentType.APPLICATION_JSON);
        return new BulkItem(id, BulkOperation.of(o -> o.index(i -> i.index(target).id(id).requireAlias(alias)
                .document(data))), source.length + ACTION_BYTES);
    }

    static BulkItem delete(String target, String id) {
        return new BulkItem(id, BulkOperation.of(o -> o.delete(d -> d.index(target).id(id))), ACTION_BYTES);
    }
}
