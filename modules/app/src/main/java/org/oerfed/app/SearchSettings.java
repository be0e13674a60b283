package org.oerfed.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.time.Duration;
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
     * @param hosts             {@code hosts}: the cluster's HTTP addresses, comma-separated (env
     *                          {@code OERFED_ES_HOSTS}, default {@code http://localhost:9200})
     * @param index             {@code index}: the name the physical indices, aliases and template are derived
     *                          from (env {@code OERFED_ES_INDEX}, default {@code oerfed})
     * @param replicas          {@code replicas}: replicas per index, a number or a range such as the default
     *                          {@code 0-1} (none on one node, one as soon as there are two)
     * @param username          {@code username}/{@code password}: basic authentication; empty for none
     * @param password          see {@code username} (env {@code OERFED_ES_PASSWORD})
     * @param apiKey            {@code api-key}: an encoded API key instead (env {@code OERFED_ES_API_KEY})
     * @param connectTimeout    {@code connect-timeout}: default 5s
     * @param socketTimeout     {@code socket-timeout}: how long one request may wait for its answer, default 60s
     * @param bulkDocuments     {@code bulk-documents}: most documents in one bulk request, default 1000
     * @param bulkBytes         {@code bulk-bytes}: most bytes in one bulk request, default 5 MiB
     * @param retries           {@code retries}: how often a rejected (429) or unanswered write is tried again,
     *                          default 6
     * @param retryInitialDelay {@code retry-initial-delay}: the first back-off, doubled each time, default 200ms
     * @param retryMaxDelay     {@code retry-max-delay}: the longest back-off, default 10s
     */
    @ConfigurationProperties("elasticsearch")
    public record Elasticsearch(List<URI> hosts, String index, String replicas, @Nullable String username,
                                @Nullable String password, @Nullable String apiKey, Duration connectTimeout,
                                Duration socketTimeout, int bulkDocuments, long bulkBytes, int retries,
                                Duration retryInitialDelay, Duration retryMaxDelay) {
    }
}
