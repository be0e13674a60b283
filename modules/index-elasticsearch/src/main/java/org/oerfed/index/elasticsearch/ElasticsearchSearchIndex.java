package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.FacetValue;
import org.oerfed.core.search.RejectedDocumentsException;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;

/**
 * {@link SearchIndex} on an Elasticsearch 8 cluster, through the official Java client.
 *
 * <p>The index is created from the versioned mapping if absent. It has one shard so that facet counts are
 * exact, and analyses title and description with the built-in {@code standard} analyzer, which matches the
 * Lucene adapter's; see {@link SearchRequests} for why both return the same hits. Safe for concurrent use.
 */
public final class ElasticsearchSearchIndex implements SearchIndex {

    /** Bounds one bulk request's size; larger writes are split. */
    private static final int BULK_BATCH = 500;
    private static final int CLEAR_PAGE = 1_000;

    private final String index;
    private final RestClientTransport transport;
    private final ElasticsearchClient client;

    /**
     * Connects to the cluster and creates the index if it does not exist.
     *
     * @throws IllegalStateException if the index exists with another mapping version
     */
    public ElasticsearchSearchIndex(ElasticsearchSettings settings) {
        this.index = settings.index();
        HttpHost[] hosts = settings.hosts().stream().map(ElasticsearchSearchIndex::httpHost).toArray(HttpHost[]::new);
        this.transport = new RestClientTransport(RestClient.builder(hosts).build(), new JacksonJsonpMapper());
        this.client = new ElasticsearchClient(transport);
        try {
            IndexMapping.ensureIndex(client, index);
        } catch (IOException e) {
            closeTransport();
            throw new UncheckedIOException("preparing Elasticsearch index " + index, e);
        } catch (RuntimeException e) {
            closeTransport();
            throw e;
        }
    }

    private static HttpHost httpHost(URI uri) {
        return new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme());
    }

    @Override
    public void upsert(Collection<SearchDocument> documents) {
        List<BulkOperation> operations = documents.stream()
                .map(document -> BulkOperation.of(b -> b.index(i -> i
                        .index(index)
                        .id(document.id())
                        .document(IndexedDocument.from(document)))))
                .toList();
        bulk(operations);
    }

    @Override
    public void delete(Collection<String> ids) {
        bulk(ids.stream().map(id -> BulkOperation.of(b -> b.delete(d -> d.index(index).id(id)))).toList());
    }

    /** Sends the operations in batches; collects every item's failure, since the other items were applied. */
    private void bulk(List<BulkOperation> operations) {
        Map<String, String> rejected = new LinkedHashMap<>();
        for (int from = 0; from < operations.size(); from += BULK_BATCH) {
            List<BulkOperation> batch = operations.subList(from, Math.min(from + BULK_BATCH, operations.size()));
            BulkResponse response = call("bulk write", () -> client.bulk(BulkRequest.of(b -> b.operations(batch))));
            if (!response.errors()) continue;
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null) {
                    rejected.put(item.id(), item.error().type() + ": " + item.error().reason());
                }
            }
        }
        if (!rejected.isEmpty()) throw new RejectedDocumentsException("Elasticsearch", rejected);
    }

    @Override
    public void refresh() {
        call("refresh", () -> client.indices().refresh(r -> r.index(index)));
    }

    @Override
    public SearchResult search(SearchQuery query) {
        SearchResponse<IndexedDocument> response =
                call("search", () -> client.search(SearchRequests.of(index, query), IndexedDocument.class));
        List<SearchDocument> hits = new ArrayList<>();
        for (Hit<IndexedDocument> hit : response.hits().hits()) {
            hits.add(hit.source().toSearchDocument());
        }
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, facetValues(response.aggregations().get(facet.key())));
        }
        return new SearchResult(response.hits().total().value(), hits, facets);
    }

    private static List<FacetValue> facetValues(Aggregate aggregate) {
        List<FacetValue> values = new ArrayList<>();
        for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
            values.add(new FacetValue(bucket.key().stringValue(), bucket.docCount()));
        }
        return values;
    }

    @Override
    public long count() {
        return call("count", () -> client.count(c -> c.index(index))).count();
    }

    /**
     * Deletes every document by id, page by page in id order. Not delete-by-query, which lives in the reindex
     * module that minimal nodes lack; not deleting the index, as a concurrent write would then auto-create it
     * with a dynamic mapping. Refreshes first so that the pages include documents written since the last
     * refresh; the deletes themselves, as any write, show after the next refresh.
     */
    @Override
    public void clear() {
        refresh();
        String after = null;
        while (true) {
            String lastId = after;
            SearchResponse<Void> page = call("listing ids to clear", () -> client.search(s -> {
                s.index(index).size(CLEAR_PAGE).source(src -> src.fetch(false))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                if (lastId != null) s.searchAfter(FieldValue.of(lastId));
                return s;
            }, Void.class));
            List<String> ids = page.hits().hits().stream().map(Hit::id).toList();
            if (ids.isEmpty()) return;
            delete(ids);
            after = ids.get(ids.size() - 1);
        }
    }

    @Override
    public void close() {
        closeTransport();
    }

    private void closeTransport() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the Elasticsearch client", e);
        }
    }

    private <T> T call(String what, ElasticsearchCall<T> call) {
        try {
            return call.execute();
        } catch (IOException e) {
            throw new UncheckedIOException(what + " on Elasticsearch index " + index, e);
        }
    }

    /** A client call, which declares IOException for transport failures. */
    @FunctionalInterface
    private interface ElasticsearchCall<T> {
        T execute() throws IOException;
    }
}
