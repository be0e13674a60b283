package org.oerfed.harvest.feeds;

import java.time.Duration;
import java.util.Objects;

/**
 * How the feed harvester talks to partners. The same settings apply to every feed source.
 *
 * @param connectTimeout   how long to wait for a TCP (and TLS) connection; default
 *                         {@link #DEFAULT_CONNECT_TIMEOUT}
 * @param requestTimeout   how long to wait for the whole response once the request is sent; default
 *                         {@link #DEFAULT_REQUEST_TIMEOUT}
 * @param userAgent        the {@code User-Agent} sent with every request; it should name OERfed and say how
 *                         a partner's operator can reach whoever runs this instance; default
 *                         {@link #DEFAULT_USER_AGENT}
 * @param maxResponseBytes the largest feed accepted, counted after gzip decoding; a bigger one fails the
 *                         harvest of that source instead of exhausting memory; default
 *                         {@link #DEFAULT_MAX_RESPONSE_BYTES}
 */
public record FeedSettings(Duration connectTimeout, Duration requestTimeout, String userAgent, int maxResponseBytes) {

    /** Default for {@link #connectTimeout()}: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default for {@link #requestTimeout()}: 60 seconds. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Default for {@link #userAgent()}; operators should replace the contact URL with their own. */
    public static final String DEFAULT_USER_AGENT = "OERfed/0.1 (feed harvester; +https://oerfed.example.org/contact)";
    /** Default for {@link #maxResponseBytes()}: 16 MiB, far above any real feed (podcast feeds reach a few MiB). */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

    /** @throws IllegalArgumentException when a duration or the size limit is not positive, or the agent blank */
    public FeedSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) throw new IllegalArgumentException("userAgent must not be blank");
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
        }
    }

    /** All defaults. */
    public static FeedSettings defaults() {
        return new FeedSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_USER_AGENT, DEFAULT_MAX_RESPONSE_BYTES);
    }

    /** These settings with another user agent. */
    public FeedSettings withUserAgent(String agent) {
        return new FeedSettings(connectTimeout, requestTimeout, agent, maxResponseBytes);
    }

    /** These settings with another response size limit. */
    public FeedSettings withMaxResponseBytes(int bytes) {
        return new FeedSettings(connectTimeout, requestTimeout, userAgent, bytes);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
