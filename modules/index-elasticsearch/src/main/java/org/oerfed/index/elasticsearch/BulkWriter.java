package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.TransportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oerfed.core.error.OerfedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes operations in bulk requests bounded in count and bytes, one request after another, on the calling
 * thread ({@link DocumentWriter} makes two such calls side by side): a caller can go no faster than the
 * cluster accepts, and when {@link #write} returns, every operation is acknowledged or definitively rejected. That is what a catch-up journal needs to know before it
 * moves its mark; an asynchronous ingester would acknowledge later, elsewhere.
 *
 * <p>What the cluster turns away for load or unavailability (HTTP 429, 5xx; for a whole request or single
 * items, and unreachable hosts) is sent again after a backoff, up to the configured retries; what it rejects
 * for the document's sake (a mapping error, an immense term) is reported, and the other items stand.
 */
final class BulkWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BulkWriter.class);

    private final ElasticsearchClient client;
    private final int maxDocuments;
    private final long maxBytes;
    private final int retries;
    private final Backoff backoff;

    BulkWriter(ElasticsearchClient client, ElasticsearchSettings settings) {
        this.client = client;
        this.maxDocuments = settings.bulkDocuments();
        this.maxBytes = settings.bulkBytes();
        this.retries = settings.retries();
        this.backoff = new Backoff(settings.retryInitialDelay(), settings.retryMaxDelay());
    }

    /**
     * Sends every operation.
     *
     * @return why the cluster rejected some operations, by document id; empty when all were applied
     * @throws OerfedException (setup) if the cluster stays unreachable or overloaded through every retry, or
     *                         refuses the request as a whole (credentials, a missing alias): operations
     *                         before the failing request may have been applied, but none may be assumed so
     */
    Map<String, String> write(List<BulkItem> items) {
        Map<String, String> rejected = new LinkedHashMap<>();
        List<BulkItem> batch = new ArrayList<>();
        long batchBytes = 0;
        for (BulkItem item : items) {
            if (!batch.isEmpty() && (batch.size() == maxDocuments || batchBytes + item.bytes() > maxBytes)) {
                send(batch, rejected);
                batch = new ArrayList<>();
                batchBytes = 0;
            }
            batch.add(item);
            batchBytes += item.bytes();
        }
        if (!batch.isEmpty()) send(batch, rejected);
        return rejected;
    }

    private void send(List<BulkItem> batch, Map<String, String> rejected) {
        List<BulkItem> pending = batch;
        String lastFailure = "";
        Exception lastCause = null;
        for (int attempt = 0; attempt <= retries; attempt++) {
            if (attempt > 0) pause(attempt, pending.size(), lastFailure);
            BulkResponse response;
            try {
                List<BulkItem> sent = pending;
                response = client.bulk(b -> b.operations(sent.stream().map(BulkItem::operation).toList()));
            } catch (TransportException e) {
                if (e.response() != null && !isTransient(e.statusCode())) {
                    throw OerfedException.setup("Elasticsearch refused a bulk request: " + e.getMessage(), e);
                }
                lastFailure = e.toString();
                lastCause = e;
                continue;
            } catch (IOException e) {
                lastFailure = "unreachable: " + e;
                lastCause = e;
                continue;
            } catch (ElasticsearchException e) {
                if (!isTransient(e.status())) {
                    throw OerfedException.setup("Elasticsearch refused a bulk request: " + e.getMessage(), e);
                }
                lastFailure = e.getMessage();
                lastCause = e;
                continue;
            }
            pending = unfinished(pending, response, rejected);
            if (pending.isEmpty()) return;
            lastFailure = pending.size() + " item(s) turned away";
            lastCause = null;
        }
        throw OerfedException.setup("Elasticsearch did not take " + pending.size() + " bulk operation(s) after "
                + (retries + 1) + " attempt(s); last: " + lastFailure, lastCause);
    }

    /** The items to send again; adds the definitively rejected ones to {@code rejected}. */
    private static List<BulkItem> unfinished(List<BulkItem> sent, BulkResponse response,
                                             Map<String, String> rejected) {
        if (!response.errors()) return List.of();
        List<BulkItem> again = new ArrayList<>();
        List<BulkResponseItem> results = response.items();
        for (int i = 0; i < sent.size(); i++) {
            BulkResponseItem result = results.get(i);
            if (result.error() == null) continue;
            String reason = result.error().type() + ": " + result.error().reason();
            if (isTransient(result.status())) {
                again.add(sent.get(i));
            } else if ("index_not_found_exception".equals(result.error().type())) {
                // Not the document's fault: the alias or index it was written to has gone.
                throw OerfedException.setup("Elasticsearch bulk write to a missing index or alias: " + reason, null);
            } else {
                rejected.merge(sent.get(i).id(), reason, (a, b) -> a.equals(b) ? a : a + "; " + b);
            }
        }
        return again;
    }

    private static boolean isTransient(int status) {
        return status == 429 || status >= 500;
    }

    private void pause(int retry, int items, String lastFailure) {
        LOG.warn("Elasticsearch bulk write: retry {} of {} for {} operation(s) after: {}", retry, retries, items,
                lastFailure);
        try {
            backoff.sleepBeforeRetry(retry);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OerfedException.setup("interrupted while waiting to retry an Elasticsearch bulk write", e);
        }
    }
}
