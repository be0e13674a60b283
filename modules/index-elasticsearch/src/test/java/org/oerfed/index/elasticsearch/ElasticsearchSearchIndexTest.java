package org.oerfed.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.index.tck.SearchIndexContract;

/**
 * Runs the contract against a real Elasticsearch node at {@code OERFED_TEST_ES_URL} ({@code scripts/test}
 * starts one). Without it the tests are skipped, unless {@code OERFED_TEST_ES_REQUIRED=true}, as in CI.
 */
class ElasticsearchSearchIndexTest extends SearchIndexContract {

    /** The node's address, absent when the environment names none. */
    private static final Optional<URI> NODE_URL = nodeUrlFromEnvironment();

    /** Every index a test opened; all are deleted after it. */
    private final List<String> indices = new ArrayList<>();
    private RestClient admin;

    private static Optional<URI> nodeUrlFromEnvironment() {
        String url = System.getenv("OERFED_TEST_ES_URL");
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(URI.create(url.strip()));
    }

    @BeforeAll
    static void requireNodeWhereAsked() {
        if (NODE_URL.isEmpty() && "true".equalsIgnoreCase(System.getenv("OERFED_TEST_ES_REQUIRED"))) {
            fail("OERFED_TEST_ES_REQUIRED=true but OERFED_TEST_ES_URL is not set; run scripts/test");
        }
    }

    /** Skips the test (each one, so that reports count them) when there is no node. */
    @Override
    protected SearchIndex createEmptyIndex() {
        assumeTrue(NODE_URL.isPresent(),
                "OERFED_TEST_ES_URL is not set: skipping the Elasticsearch tests (scripts/test starts a node)");
        URI url = NODE_URL.get();
        admin = RestClient.builder(new HttpHost(url.getHost(), url.getPort(), url.getScheme())).build();
        return openIndex(newIndexName());
    }

    private String newIndexName() {
        String name = "oerfed-test-" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT);
        indices.add(name);
        return name;
    }

    private static ElasticsearchSearchIndex openIndex(String name) {
        return new ElasticsearchSearchIndex(new ElasticsearchSettings(List.of(NODE_URL.orElseThrow()), name));
    }

    @AfterEach
    void deleteIndices() throws IOException {
        if (admin == null) return;
        try (RestClient client = admin) {
            for (String name : indices) {
                try {
                    client.performRequest(new Request("DELETE", "/" + name));
                } catch (ResponseException e) {
                    if (e.getResponse().getStatusLine().getStatusCode() != 404) throw e;
                }
            }
        }
    }

    private String get(String path) throws IOException {
        return new String(admin.performRequest(new Request("GET", path)).getEntity().getContent().readAllBytes(),
                StandardCharsets.UTF_8);
    }

    @Test
    void reusesAnExistingIndexAndItsDocuments() {
        loadFixture();
        String name = indices.get(0);

        try (SearchIndex second = openIndex(name)) {
            assertThat(second.count()).isEqualTo(30);
            assertThat(second.search(SearchQuery.text("algebra")).total()).isEqualTo(4);
        }
    }

    @Test
    void refusesAnIndexMadeWithAnotherMappingVersion() throws IOException {
        String name = newIndexName();
        Request create = new Request("PUT", "/" + name);
        create.setJsonEntity("{\"mappings\":{\"_meta\":{\"oerfed_mapping_version\":0}}}");
        admin.performRequest(create);

        assertThatThrownBy(() -> openIndex(name))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(name)
                .hasMessageContaining("mapping version");
    }

    @Test
    void createsTheIndexWithOneShardAndTheStandardAnalyzer() throws IOException {
        String name = indices.get(0);

        String settings = get("/" + name + "/_settings");
        String mapping = get("/" + name + "/_mapping");

        assertThat(settings).contains("\"number_of_shards\":\"1\"");
        assertThat(mapping).contains("\"dynamic\":\"strict\"")
                .contains("\"title\":{\"type\":\"text\",\"analyzer\":\"standard\"}");
    }
}
