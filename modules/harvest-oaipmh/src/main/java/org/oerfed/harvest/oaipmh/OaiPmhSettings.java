package org.oerfed.harvest.oaipmh;

import java.time.Duration;
import java.util.Objects;

/**
 * How the OAI-PMH harvester talks to partners. The same settings apply to every source.
 *
 * @param connectTimeout   how long to wait for a TCP (and TLS) connection to a partner; default
 *                         {@link #DEFAULT_CONNECT_TIMEOUT}
 * @param requestTimeout   how long to wait, per request, for a partner to start answering once
 *                         connected; default {@link #DEFAULT_REQUEST_TIMEOUT}. Large pages from slow
 *                         repositories may need more.
 * @param userAgent        the {@code User-Agent} sent with every request; it should name OERfed and say
 *                         how a partner's operator can reach whoever runs this instance; default
 *                         {@link #DEFAULT_USER_AGENT}
 * @param maxResponseBytes the largest response body accepted; a bigger one fails the harvest of that
 *                         source instead of exhausting memory; default {@link #DEFAULT_MAX_RESPONSE_BYTES}
 */
public record OaiPmhSettings(Duration connectTimeout, Duration requestTimeout, String userAgent,
                             int maxResponseBytes) {

    /** Default for {@link #connectTimeout()}: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default for {@link #requestTimeout()}: 60 seconds. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Default for {@link #userAgent()}; operators should replace the contact URL with their own. */
    public static final String DEFAULT_USER_AGENT = "OERfed/0.1 (OAI-PMH harvester; +https://oerfed.example.org/contact)";
    /** Default for {@link #maxResponseBytes()}: 64 MiB. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

    public OaiPmhSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive, was " + maxResponseBytes);
        }
    }

    /** All defaults. */
    public static OaiPmhSettings defaults() {
        return new OaiPmhSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_USER_AGENT,
                DEFAULT_MAX_RESPONSE_BYTES);
    }

    /** These settings with another connect timeout. */
    public OaiPmhSettings withConnectTimeout(Duration timeout) {
        return new OaiPmhSettings(timeout, requestTimeout, userAgent, maxResponseBytes);
    }

    /** These settings with another request timeout. */
    public OaiPmhSettings withRequestTimeout(Duration timeout) {
        return new OaiPmhSettings(connectTimeout, timeout, userAgent, maxResponseBytes);
    }

    /** These settings with another user agent. */
    public OaiPmhSettings withUserAgent(String agent) {
        return new OaiPmhSettings(connectTimeout, requestTimeout, agent, maxResponseBytes);
    }

    /** These settings with another response size limit. */
    public OaiPmhSettings withMaxResponseBytes(int bytes) {
        return new OaiPmhSettings(connectTimeout, requestTimeout, userAgent, bytes);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
