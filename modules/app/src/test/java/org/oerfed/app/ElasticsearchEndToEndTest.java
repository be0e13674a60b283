package org.oerfed.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/**
 * The end-to-end path on the real Elasticsearch node the test command starts (its address in
 * {@code OERFED_TEST_ES_URL}). Skipped without one, unless {@code OERFED_TEST_ES_REQUIRED=true}.
 */
class ElasticsearchEndToEndTest extends EndToEndContract {
    private final String index = "oerfed-e2e-" + UUID.randomUUID();

    @Override
    Map<String, Object> engineProperties() {
        String url = System.getenv("OERFED_TEST_ES_URL");
        boolean required = "true".equals(System.getenv("OERFED_TEST_ES_REQUIRED"));
        if (url == null || url.isBlank()) {
            if (required) throw new IllegalStateException("OERFED_TEST_ES_REQUIRED=true but OERFED_TEST_ES_URL is not set");
            assumeTrue(false, "no Elasticsearch node: set OERFED_TEST_ES_URL or run scripts/test");
        }
        return Map.of("oerfed.search.engine", "elasticsearch",
                "oerfed.search.elasticsearch.hosts", url,
                "oerfed.search.elasticsearch.index", index);
    }

    /** Leaves the node as it was: every generation of the test's index (a rebuild makes a new one) and its template. */
    @AfterAll
    void deleteTheIndices() throws Exception {
        String url = System.getenv("OERFED_TEST_ES_URL");
        if (url == null || url.isBlank()) return;
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/" + index + ".v2.*", "/_index_template/" + index + "-v2")) {
            client.send(HttpRequest.newBuilder(URI.create(url.strip() + path)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
    }
}
