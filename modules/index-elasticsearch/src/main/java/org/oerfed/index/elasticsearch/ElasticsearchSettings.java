package org.oerfed.index.elasticsearch;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the Elasticsearch adapter keeps the search projection.
 *
 * @param hosts base URLs of the cluster's HTTP endpoints with scheme and port, e.g.
 *              {@code http://localhost:9200}; at least one. Requests are spread over them and fail over
 *              between them. Without a port the scheme's default (80 or 443) is used
 * @param index name of the index holding the documents; created with the adapter's mapping if absent.
 *              Elasticsearch requires it to be lower case
 */
public record ElasticsearchSettings(List<URI> hosts, String index) {

    public ElasticsearchSettings {
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) throw new IllegalArgumentException("at least one Elasticsearch host is needed");
        for (URI host : hosts) {
            if (host.getHost() == null || host.getScheme() == null) {
                throw new IllegalArgumentException("Elasticsearch host needs a scheme and a host name: " + host);
            }
        }
        Objects.requireNonNull(index, "index");
        if (index.isBlank() || !index.equals(index.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("index name must be non-blank and lower case: '" + index + "'");
        }
    }
}
