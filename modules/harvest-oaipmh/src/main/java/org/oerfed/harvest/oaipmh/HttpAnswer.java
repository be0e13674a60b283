package org.oerfed.harvest.oaipmh;

import java.net.URI;
import java.util.Optional;

/**
 * An HTTP response as the harvester keeps it.
 *
 * @param url         the URL that answered, after redirects
 * @param status      the HTTP status
 * @param contentType the {@code Content-Type}, empty if absent
 * @param body        the body, decoded from its content coding
 * @param retryAfter  the {@code Retry-After} header, if any
 * @param location    the {@code Location} header, if any
 */
record HttpAnswer(URI url, int status, String contentType, byte[] body, Optional<String> retryAfter,
                  Optional<String> location) {

    boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The start of the body as text, for messages about answers that are not OAI-PMH. */
    String snippet() {
        String text = new String(body, 0, Math.min(body.length, 200), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ").trim();
        return Optional.of(text).filter(t -> !t.isEmpty()).map(t -> "'" + t + (body.length > 200 ? "…'" : "'"))
                .orElse("an empty body");
    }
}
