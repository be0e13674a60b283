package org.oerfed.harvest.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.zip.GZIPInputStream;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.source.SourceConfig;

/** Fetches a feed with the JDK's HTTP client: one GET, redirects followed, gzip decoded, size capped. */
final class FeedFetcher {
    private static final String ACCEPT =
            "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1";

    private final HttpClient client;
    private final FeedSettings settings;
    private final Clock clock;

    FeedFetcher(HttpClient client, FeedSettings settings, Clock clock) {
        this.client = client;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @throws OerfedException SOURCE when the partner cannot be reached, times out, answers with a status
     *                         other than 2xx, or sends more than the configured maximum
     */
    FetchedFeed fetch(SourceConfig source) {
        HttpRequest request = HttpRequest.newBuilder(source.url())
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        String what = "GET " + source.url();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw OerfedException.source(source.id(), what + " answered HTTP " + response.statusCode()
                            + (response.uri().equals(source.url()) ? "" : " from " + response.uri()) + ", expected 200 with a feed", null);
                }
                boolean gzip = response.headers().firstValue("Content-Encoding").filter(e -> e.equalsIgnoreCase("gzip")).isPresent();
                byte[] bytes = readCapped(gzip ? new GZIPInputStream(body) : body, source, what);
                return new FetchedFeed(response.uri(), response.headers().firstValue("Content-Type"), bytes,
                        clock.instant().truncatedTo(ChronoUnit.SECONDS));
            }
        } catch (IOException e) {
            throw OerfedException.source(source.id(), what + " failed: " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OerfedException.source(source.id(), what + " was interrupted", e);
        }
    }

    private byte[] readCapped(InputStream in, SourceConfig source, String what) throws IOException {
        // counted after gzip decoding, so that a small compressed bomb cannot exhaust memory
        byte[] bytes = in.readNBytes(settings.maxResponseBytes() + 1);
        if (bytes.length > settings.maxResponseBytes()) {
            throw OerfedException.source(source.id(), what + " sent more than " + settings.maxResponseBytes()
                    + " bytes, the configured maximum for a feed", null);
        }
        return bytes;
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
