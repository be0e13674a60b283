package org.oerfed.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
    private final String name;

    private BenchElasticsearch(ElasticsearchSearchIndex index, RestClient rest, String name) {
        this.index = index;
        this.rest = rest;
        this.name = name;
    }

    static BenchElasticsearch open(URI url) {
        String name = "oerfed-bench-" + System.currentTimeMillis();
        ElasticsearchSearchIndex index = new ElasticsearchSearchIndex(ElasticsearchSettings.builder(List.of(url), name).build());
        return new BenchElasticsearch(index, RestClient.builder(new HttpHost(url.getHost(), url.getPort(), url.getScheme())).build(), name);
    }

    ElasticsearchSearchIndex index() {
        return index;
    }

    /** Sends the adapter's request for a query straight to the node, and reads the whole answer. */
    Consumer<SearchQuery> direct() {
        return query -> {
            Request request = new Request("POST", "/" + index.searchTarget() + "/_search");
            request.setEntity(new NStringEntity(index.searchBody(query), ContentType.APPLICATION_JSON));
            try {
                rest.performRequest(request).getEntity().getContent().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("direct search", e);
            }
        };
    }

    /**
     * The node's CPU time so far, in nanoseconds, as its process reports it ({@code _nodes/_local/stats/process}):
     * the benchmark starts the node on this machine, where it shares the cores with the service.
     */
    long nodeCpuNanos() {
        try {
            String body = new String(rest.performRequest(new Request("GET", "/_nodes/_local/stats/process"))
                    .getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode nodes = new ObjectMapper().readTree(body).path("nodes");
            return nodes.elements().next().path("process").path("cpu").path("total_in_millis").asLong() * 1_000_000L;
        } catch (IOException e) {
            throw new UncheckedIOException("node stats", e);
        }
    }

    /** Deletes the benchmark's indices and template (on a node the benchmark did not start) and closes both clients. */
    @Override
    public void close() throws IOException {
        try {
            index.close();
            rest.performRequest(new Request("DELETE", "/" + name + ".v2.*"));
            rest.performRequest(new Request("DELETE", "/_index_template/" + name + "-v2"));
        } finally {
            rest.close();
        }
    }
}
