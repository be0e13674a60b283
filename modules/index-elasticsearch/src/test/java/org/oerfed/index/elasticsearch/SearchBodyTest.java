package org.oerfed.index.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oerfed.index.elasticsearch.ElasticsearchBulkTest.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;

/** The request body a benchmark sends straight to Elasticsearch answers as the adapter does. */
class SearchBodyTest {

    private TestCluster cluster;

    @AfterEach
    void cleanUp() throws IOException {
        if (cluster != null) cluster.close();
    }

    @Test
    void theSearchBodyFindsWhatTheAdapterFinds() {
        cluster = TestCluster.connect();
        try (ElasticsearchSearchIndex index = new ElasticsearchSearchIndex(cluster.settings(cluster.newName()).build())) {
            index.upsert(List.of(document("a"), document("b"), document("c"),
                    SearchDocument.builder("d").title("fr", "Autre chose").facet(Facet.LANGUAGE, "fr").build()));
            index.refresh();
            SearchQuery query = SearchQuery.text("title").withFilter(Facet.LANGUAGE, Set.of("en"));

            SearchResult result = index.search(query);
            JsonNode direct = cluster.post("/" + index.searchTarget() + "/_search", index.searchBody(query));

            List<String> ids = new ArrayList<>();
            direct.path("hits").path("hits").forEach(hit -> ids.add(hit.path("_id").asText()));
            assertThat(direct.path("hits").path("total").path("value").asLong()).isEqualTo(result.total()).isEqualTo(3);
            assertThat(ids).isEqualTo(result.documents().stream().map(SearchDocument::id).toList());
            assertThat(direct.path("aggregations").has(Facet.LANGUAGE.key())).isTrue();
        }
    }
}
