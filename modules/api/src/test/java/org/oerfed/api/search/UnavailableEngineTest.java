package org.oerfed.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.search.ForwardingSearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;

/** A search engine that cannot be reached makes a search 503 with Retry-After, not 500. */
class UnavailableEngineTest {

    @Test
    void aSearchEngineThatIsDownGives503WithRetryAfter(@TempDir Path dir) {
        try (SearchServer server = new SearchServer(dir, Map.of(), real -> new ForwardingSearchIndex(real) {
            @Override
            public SearchResult search(SearchQuery query) {
                throw OerfedException.setup("Elasticsearch at http://127.0.0.1:9 cannot be reached (simulated)", null);
            }
        })) {
            HttpResponse<String> response = new HttpCalls(server.uri()).get("/api/search?q=fractions");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(HttpCalls.json(response).get("status").asInt()).isEqualTo(503);
        }
    }
}
