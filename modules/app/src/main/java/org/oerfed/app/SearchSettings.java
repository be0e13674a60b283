package org.oerfed.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.net.URI;
import java.util.List;

/**
 * The {@code oerfed.search.*} keys.
 *
 * @param engine {@code oerfed.search.engine}: {@code lucene} (embedded, on disk under the data folder; the
 *               default) or {@code elasticsearch} (env {@code OERFED_SEARCH_ENGINE})
 */
@ConfigurationProperties("oerfed.search")
public record SearchSettings(String engine) {

    /**
     * The {@code oerfed.search.elasticsearch.*} keys, read when the engine is {@code elasticsearch}.
     *
     * @param hosts {@code oerfed.search.elasticsearch.hosts}: the cluster's HTTP addresses, comma-separated
     *              (env {@code OERFED_ES_HOSTS}, default {@code http://localhost:9200})
     * @param index {@code oerfed.search.elasticsearch.index}: the index name (env {@code OERFED_ES_INDEX},
     *              default {@code oerfed})
     */
    @ConfigurationProperties("elasticsearch")
    public record Elasticsearch(List<URI> hosts, String index) {
    }
}
