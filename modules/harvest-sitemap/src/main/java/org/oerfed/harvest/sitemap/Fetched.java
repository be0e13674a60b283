package org.oerfed.harvest.sitemap;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One HTTP response as the partner sent it.
 *
 * @param url         where it came from, after redirects
 * @param status      the HTTP status
 * @param contentType the {@code Content-Type}, if any
 * @param body        the body, {@code Content-Encoding: gzip} already decoded; empty unless the status is 2xx
 * @param fetchedAt   when it arrived, to the second
 */
record Fetched(URI url, int status, Optional<String> contentType, byte[] body, Instant fetchedAt) {

    Fetched {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    boolean ok() {
        return status / 100 == 2;
    }

    /** Worth asking again: the partner is overloaded or failing for now. */
    boolean transientFailure() {
        return status == 429 || (status / 100 == 5 && status != 501);
    }
}
