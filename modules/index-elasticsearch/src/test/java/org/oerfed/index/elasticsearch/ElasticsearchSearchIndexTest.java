package org.oerfed.index.elasticsearch;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.index.tck.SearchIndexContract;

/**
 * Runs the contract against the real Elasticsearch node of {@link TestCluster}: skipped without one, failed
 * where one is required.
 */
class ElasticsearchSearchIndexTest extends SearchIndexContract {

    private TestCluster cluster;

    @Override
    protected SearchIndex createEmptyIndex() {
        cluster = TestCluster.connect();
        return new ElasticsearchSearchIndex(cluster.settings(cluster.newName()).build());
    }

    @AfterEach
    void deleteIndices() throws IOException {
        if (index != null) {
            index.close();
            index = null;
        }
        if (cluster != null) cluster.close();
    }
}
