package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.http.Header;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;

/** The client of one cluster, with the hosts, timeouts and credentials of the settings. */
final class ClusterConnection implements AutoCloseable {

    private final RestClientTransport transport;
    private final ElasticsearchClient client;

    ClusterConnection(ElasticsearchSettings settings) {
        HttpHost[] hosts = settings.hosts().stream().map(ClusterConnection::httpHost).toArray(HttpHost[]::new);
        RestClient restClient = RestClient.builder(hosts)
                .setDefaultHeaders(headers(settings))
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()))
                        .setSocketTimeout(Math.toIntExact(settings.socketTimeout().toMillis())))
                .build();
        this.transport = new RestClientTransport(restClient, new JacksonJsonpMapper());
        this.client = new ElasticsearchClient(transport);
    }

    private static HttpHost httpHost(URI uri) {
        return new HttpHost(uri.getHost(), uri.getPort(), uri.getScheme());
    }

    private static Header[] headers(ElasticsearchSettings settings) {
        List<Header> headers = new ArrayList<>();
        if (!settings.apiKey().isEmpty()) {
            headers.add(new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + settings.apiKey()));
        }
        if (!settings.username().isEmpty()) {
            String pair = settings.username() + ":" + settings.password();
            headers.add(new BasicHeader(HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))));
        }
        return headers.toArray(Header[]::new);
    }

    ElasticsearchClient client() {
        return client;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the Elasticsearch client", e);
        }
    }
}
