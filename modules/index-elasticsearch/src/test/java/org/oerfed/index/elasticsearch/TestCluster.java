package org.oerfed.index.elasticsearch;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

/**
 * The Elasticsearch node the tests run against, at {@code OERFED_TEST_ES_URL} ({@code scripts/test} starts
 * one). Without it the tests are skipped, unless {@code OERFED_TEST_ES_REQUIRED=true}, as in CI, where they
 * fail. Hands out index names and removes everything made under them; talks to the node directly, past the
 * adapter, to see what it left there.
 */
final class TestCluster implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final RestClient rest;
    private final List<String> names = new ArrayList<>();

    private TestCluster(URI url) {
        this.url = url;
        this.rest = RestClient.builder(new HttpHost(url.getHost(), url.getPort(), url.getScheme())).build();
    }

    /** The node, or the test is skipped (failed where a node is required). */
    static TestCluster connect() {
        String url = System.getenv("OERFED_TEST_ES_URL");
        boolean present = url != null && !url.isBlank();
        if (!present && "true".equalsIgnoreCase(System.getenv("OERFED_TEST_ES_REQUIRED"))) {
            fail("OERFED_TEST_ES_REQUIRED=true but OERFED_TEST_ES_URL is not set; run scripts/test");
        }
        assumeTrue(present, "OERFED_TEST_ES_URL is not set: skipping the Elasticsearch tests (scripts/test starts a node)");
        return new TestCluster(URI.create(url.strip()));
    }

    URI url() {
        return url;
    }

    /** A fresh index name, cleaned up by {@link #close()}. */
    String newName() {
        String name = "oerfed-test-" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT);
        names.add(name);
        return name;
    }

    /** Settings for {@code name} on this node with quick retries, so that failing tests end soon. */
    ElasticsearchSettings.Builder settings(String name) {
        return settings(name, url);
    }

    static ElasticsearchSettings.Builder settings(String name, URI host) {
        return ElasticsearchSettings.builder(List.of(host), name)
                .retries(2, Duration.ofMillis(1), Duration.ofMillis(5));
    }

    JsonNode get(String path) {
        return call("GET", path, null);
    }

    JsonNode put(String path, String body) {
        return call("PUT", path, body);
    }

    JsonNode post(String path, String body) {
        return call("POST", path, body);
    }

    boolean exists(String path) {
        try {
            return rest.performRequest(new Request("HEAD", path)).getStatusLine().getStatusCode() == 200;
        } catch (ResponseException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The indices an alias points at. */
    List<String> aliasTargets(String alias) {
        List<String> targets = new ArrayList<>();
        get("/_resolve/index/" + alias + "?ignore_unavailable=true").path("aliases").forEach(a -> {
            if (a.path("name").asText().equals(alias)) a.path("indices").forEach(i -> targets.add(i.asText()));
        });
        return targets;
    }

    /** The concrete indices whose names start with {@code prefix}. */
    List<String> indices(String prefix) {
        List<String> found = new ArrayList<>();
        get("/_resolve/index/" + prefix + "*?expand_wildcards=all").path("indices")
                .forEach(i -> found.add(i.path("name").asText()));
        return found;
    }

    private JsonNode call(String method, String path, String body) {
        Request request = new Request(method, path);
        if (body != null) request.setJsonEntity(body);
        try {
            byte[] bytes = rest.performRequest(request).getEntity().getContent().readAllBytes();
            return JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    /** Deletes every index and template made under the names handed out. */
    @Override
    public void close() throws IOException {
        try (rest) {
            for (String name : names) {
                for (String index : indices(name)) delete("/" + index);
                delete("/_index_template/" + name + "-v" + IndexTemplate.MAPPING_VERSION);
            }
        }
    }

    private void delete(String path) throws IOException {
        try {
            rest.performRequest(new Request("DELETE", path));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) throw e;
        }
    }
}
