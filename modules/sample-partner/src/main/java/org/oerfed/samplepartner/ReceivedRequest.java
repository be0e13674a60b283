package org.oerfed.samplepartner;

import java.util.Objects;

/**
 * A request the sample partner received, for tests that check what a harvester sent.
 *
 * @param number         its number, from 1, in arrival order
 * @param query          the raw query string (the form body for POST); empty when absent
 * @param userAgent      the {@code User-Agent} header; empty when absent
 * @param acceptEncoding the {@code Accept-Encoding} header; empty when absent
 */
public record ReceivedRequest(int number, String query, String userAgent, String acceptEncoding) {

    public ReceivedRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(acceptEncoding, "acceptEncoding");
    }
}
