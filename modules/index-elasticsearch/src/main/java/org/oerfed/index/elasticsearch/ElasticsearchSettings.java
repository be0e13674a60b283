package org.oerfed.index.elasticsearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the Elasticsearch adapter reaches its cluster and lays out its indices. Build with
 * {@link #builder(List, String)}, which fills every key with its default.
 *
 * @param hosts             base URLs of the cluster's HTTP endpoints with scheme and port, e.g.
 *                          {@code http://localhost:9200}; at least one. Requests are spread over them and fail
 *                          over between them. Without a port the scheme's default (80 or 443) is used
 * @param index             the name everything is derived from ({@link IndexLayout}): searches go to the alias
 *                          {@code <index>-read}, writes to {@code <index>-write}, both pointing at a physical
 *                          index {@code <index>.v<mapping version>.<generation>} made from the index template
 *                          {@code <index>-v<mapping version>}. Lower-case letters, digits, {@code -} and
 *                          {@code _}, starting with a letter or digit, at most 200 characters; no dot, so that
 *                          no two names' index patterns overlap
 * @param replicas          replicas of the physical index: a number ({@code "1"}) or an auto-expand range
 *                          ({@code "0-1"}, {@code "0-all"}). Default {@code "0-1"}: none on a one-node cluster
 *                          (which stays green), one as soon as there is a second node. There is always exactly
 *                          one primary shard, so that facet counts are exact
 * @param username          user name for HTTP basic authentication; empty for none (the default)
 * @param password          password for HTTP basic authentication; used only with a user name
 * @param apiKey            an Elasticsearch API key, the base64 {@code id:key} as the create-API-key call returns
 *                          it in {@code encoded}; empty for none (the default). Not together with a user name
 * @param connectTimeout    how long to wait for a connection to a host; default 5 s
 * @param socketTimeout     how long to wait for a response; default 60 s, as a large bulk request on a busy
 *                          cluster may take a while
 * @param bulkDocuments     at most this many documents in one bulk request; default 1000
 * @param bulkBytes         at most about this many bytes of documents in one bulk request (a larger document
 *                          goes alone); default 5 MiB, within Elasticsearch's advice of 5–15 MB
 * @param retries           how often a bulk request, or the items of it the cluster turned away for load
 *                          (HTTP 429) or unavailability (5xx), is sent again before the write fails; default 6
 * @param retryInitialDelay the longest wait before the first retry; each further retry doubles it, and the
 *                          actual wait is a random part of it (full jitter), so that many writers do not
 *                          retry in step; default 200 ms
 * @param retryMaxDelay     the doubling stops here; default 10 s
 */
public record ElasticsearchSettings(
        List<URI> hosts,
        String index,
        String replicas,
        String username,
        String password,
        String apiKey,
        Duration connectTimeout,
        Duration socketTimeout,
        int bulkDocuments,
        long bulkBytes,
        int retries,
        Duration retryInitialDelay,
        Duration retryMaxDelay) {

    private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,199}");
    private static final Pattern REPLICAS = Pattern.compile("\\d+|\\d+-(\\d+|all)");

    public ElasticsearchSettings {
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) throw new IllegalArgumentException("at least one Elasticsearch host is needed");
        for (URI host : hosts) {
            if (host.getHost() == null || host.getScheme() == null) {
                throw new IllegalArgumentException("Elasticsearch host needs a scheme and a host name: " + host);
            }
        }
        Objects.requireNonNull(index, "index");
        if (!INDEX_NAME.matcher(index).matches()) {
            throw new IllegalArgumentException("Elasticsearch index name must be lower-case letters, digits, '-' or"
                    + " '_', start with a letter or digit, have no dot and at most 200 characters: '" + index + "'");
        }
        Objects.requireNonNull(replicas, "replicas");
        if (!REPLICAS.matcher(replicas).matches()) {
            throw new IllegalArgumentException("Elasticsearch replicas must be a number or a range such as '0-1' or"
                    + " '0-all': '" + replicas + "'");
        }
        username = Objects.requireNonNullElse(username, "");
        password = Objects.requireNonNullElse(password, "");
        apiKey = Objects.requireNonNullElse(apiKey, "");
        if (!username.isEmpty() && !apiKey.isEmpty()) {
            throw new IllegalArgumentException("give Elasticsearch either a user name and password or an API key, not both");
        }
        requirePositive(connectTimeout, "connect timeout");
        requirePositive(socketTimeout, "socket timeout");
        if (bulkDocuments < 1) throw new IllegalArgumentException("bulk documents must be 1 or more: " + bulkDocuments);
        if (bulkBytes < 1) throw new IllegalArgumentException("bulk bytes must be 1 or more: " + bulkBytes);
        if (retries < 0) throw new IllegalArgumentException("retries must not be negative: " + retries);
        requirePositive(retryInitialDelay, "retry initial delay");
        requirePositive(retryMaxDelay, "retry max delay");
    }

    private static void requirePositive(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + duration);
        }
    }

    /** Like the record's, but without the secrets, as settings end up in logs. */
    @Override
    public String toString() {
        return "ElasticsearchSettings[hosts=" + hosts + ", index=" + index + ", replicas=" + replicas
                + ", username=" + username + ", password=" + (password.isEmpty() ? "" : "***")
                + ", apiKey=" + (apiKey.isEmpty() ? "" : "***") + ", connectTimeout=" + connectTimeout
                + ", socketTimeout=" + socketTimeout + ", bulkDocuments=" + bulkDocuments + ", bulkBytes=" + bulkBytes
                + ", retries=" + retries + ", retryInitialDelay=" + retryInitialDelay
                + ", retryMaxDelay=" + retryMaxDelay + "]";
    }

    /** Settings with every key but the hosts and the index name at its default. */
    public static Builder builder(List<URI> hosts, String index) {
        return new Builder(hosts, index);
    }

    /** Sets keys one by one; each starts at its documented default. */
    public static final class Builder {
        private final List<URI> hosts;
        private final String index;
        private String replicas = "0-1";
        private String username = "";
        private String password = "";
        private String apiKey = "";
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration socketTimeout = Duration.ofSeconds(60);
        private int bulkDocuments = 1000;
        private long bulkBytes = 5L * 1024 * 1024;
        private int retries = 6;
        private Duration retryInitialDelay = Duration.ofMillis(200);
        private Duration retryMaxDelay = Duration.ofSeconds(10);

        private Builder(List<URI> hosts, String index) {
            this.hosts = hosts;
            this.index = index;
        }

        public Builder replicas(String replicas) {
            this.replicas = replicas;
            return this;
        }

        public Builder basicAuth(String username, String password) {
            this.username = username;
            this.password = password;
            return this;
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder timeouts(Duration connect, Duration socket) {
            this.connectTimeout = connect;
            this.socketTimeout = socket;
            return this;
        }

        public Builder bulk(int documents, long bytes) {
            this.bulkDocuments = documents;
            this.bulkBytes = bytes;
            return this;
        }

        public Builder retries(int retries, Duration initialDelay, Duration maxDelay) {
            this.retries = retries;
            this.retryInitialDelay = initialDelay;
            this.retryMaxDelay = maxDelay;
            return this;
        }

        public ElasticsearchSettings build() {
            return new ElasticsearchSettings(hosts, index, replicas, username, password, apiKey, connectTimeout,
                    socketTimeout, bulkDocuments, bulkBytes, retries, retryInitialDelay, retryMaxDelay);
        }
    }
}
