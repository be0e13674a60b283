package org.oerfed.harvest.feeds;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed's bytes as the partner sent them.
 *
 * @param url         where they came from, after redirects
 * @param contentType the response's {@code Content-Type}, if it had one
 * @param body        the body, gzip already decoded
 * @param fetchedAt   when the response arrived, to the second: the datestamp of items without a date
 */
record FetchedFeed(URI url, Optional<String> contentType, byte[] body, Instant fetchedAt) {

    FetchedFeed {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}
