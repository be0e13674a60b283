package org.oerfed.harvest.sitemap;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.zip.GZIPInputStream;

/** One GET with the JDK's HTTP client: the user agent sent, redirects followed, gzip decoded, size capped. */
final class HttpFetcher {
    private final HttpClient client;
    private final SitemapSettings settings;
    private final Clock clock;

    HttpFetcher(HttpClient client, SitemapSettings settings, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param maxBytes the largest body accepted after decoding
     * @throws IOException when the partner cannot be reached, times out, or sends more than {@code maxBytes}
     */
    Fetched get(URI url, String accept, int maxBytes) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] bytes = new byte[0];
            if (response.statusCode() / 100 == 2) {
                boolean gzip = response.headers().firstValue("Content-Encoding").filter(e -> e.equalsIgnoreCase("gzip")).isPresent();
                bytes = Gzip.readCapped(gzip ? new GZIPInputStream(body) : body, maxBytes, url);
            }
            return new Fetched(response.uri(), response.statusCode(), response.headers().firstValue("Content-Type"), bytes,
                    clock.instant().truncatedTo(ChronoUnit.SECONDS));
        }
    }
}
