package org.oerfed.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import org.apache.http.HttpHost;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.index.elasticsearch.ElasticsearchSearchIndex;
import org.oerfed.index.elasticsearch.ElasticsearchSettings;

/**
 * The Elasticsearch adapter on a throw-away index of the benchmark's own, and a client that sends the
 * adapter's very request bodies straight to the node: the difference is what OERfed adds (analysis,
 * planning, translation, reading hits back, highlighting).
 */
final class BenchElasticsearch implements AutoCloseable {
    private final ElasticsearchSearchIndex index;
    private final RestClient rest;

    private BenchElasticsearch(ElasticsearchSearchIndex index, RestClient rest) {
        this.index = index;
        this.rest = rest;
    }

    static BenchElasticsearch open(URI url) {
        ElasticsearchSettings settings = ElasticsearchSettings.of(List.of(url), "oerfed-bench-" + System.currentTimeMillis());
        ElasticsearchSearchIndex index = new ElasticsearchSearchIndex(settings);
        return new BenchElasticsearch(index, RestClient.builder(new HttpHost(url.getHost(), url.getPort(), url.getScheme())).build());
    }

    ElasticsearchSearchIndex index() {
        return index;
    }

    /** Sends the adapter's request for a query straight to the node, and reads the whole answer. */
    Consumer<SearchQuery> direct() {
        return query -> {
            Request request = new Request("POST", "/" + index.readAlias() + "/_search");
            request.setEntity(new NStringEntity(index.requestBody(query), ContentType.APPLICATION_JSON));
            try {
                rest.performRequest(request).getEntity().getContent().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("direct search", e);
            }
        };
    }

    /** Deletes the benchmark's indices and closes both clients. */
    @Override
    public void close() throws IOException {
        try {
            index.deleteAll();
        } finally {
            index.close();
            rest.close();
        }
    }
}
