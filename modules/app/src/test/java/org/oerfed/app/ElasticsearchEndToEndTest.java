package org.oerfed.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.UUID;

/**
 * The end-to-end path on the real Elasticsearch node the test command starts (its address in
 * {@code OERFED_TEST_ES_URL}). Skipped without one, unless {@code OERFED_TEST_ES_REQUIRED=true}.
 */
class ElasticsearchEndToEndTest extends EndToEndContract {
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
                "oerfed.search.elasticsearch.index", "oerfed-e2e-" + UUID.randomUUID());
    }
}
