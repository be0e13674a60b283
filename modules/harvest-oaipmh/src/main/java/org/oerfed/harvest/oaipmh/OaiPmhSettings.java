package org.oerfed.harvest.oaipmh;

import java.time.Duration;
import java.util.Objects;

/**
 * How the OAI-PMH harvester talks to partners. The same settings apply to every source.
 *
 * @param connectTimeout     how long to wait for a TCP (and TLS) connection; default {@link #DEFAULT_CONNECT_TIMEOUT}
 * @param requestTimeout     how long one response may take as a whole, from sending the request to the
 *                           last byte of the body, so that a partner trickling its answer cannot hold a
 *                           harvest forever; default {@link #DEFAULT_REQUEST_TIMEOUT}. Large pages from slow
 *                           repositories may need more.
 * @param userAgent          the {@code User-Agent} sent with every request; it should name OERfed and say how
 *                           a partner's operator can reach whoever runs this instance; default
 *                           {@link #DEFAULT_USER_AGENT}
 * @param maxResponseBytes   the largest response body accepted, compressed and again decompressed; a bigger
 *                           one fails the harvest of that source instead of exhausting memory; default
 *                           {@link #DEFAULT_MAX_RESPONSE_BYTES}
 * @param maxRecordChars     the largest metadata element of one record, in characters of standalone XML; a
 *                           bigger record is skipped with a WARN naming source and identifier, the rest of
 *                           the page is kept; default {@link #DEFAULT_MAX_RECORD_CHARS}
 * @param maxAttempts        how many times one request is tried when it fails in a way that may pass
 *                           (HTTP 5xx or 429, timeout, connection failure); 1 means no retry; default
 *                           {@link #DEFAULT_MAX_ATTEMPTS}
 * @param retryBaseDelay     the backoff before the first retry; each further retry doubles it, and the
 *                           actual wait is drawn uniformly between zero and that ("full jitter") so that
 *                           many harvesters do not retry in step; default {@link #DEFAULT_RETRY_BASE_DELAY}
 * @param retryMaxDelay      the longest backoff, whatever the attempt; default {@link #DEFAULT_RETRY_MAX_DELAY}
 * @param maxRetryAfter      the longest wait a partner can ask for with {@code Retry-After} on 503 or 429;
 *                           a longer request is shortened to this; default {@link #DEFAULT_MAX_RETRY_AFTER}
 * @param maxRedirects       how many HTTP redirects one request follows (only to http and https URLs);
 *                           default {@link #DEFAULT_MAX_REDIRECTS}
 * @param hostInterval       the least time between the starts of two requests to the same host, across
 *                           all harvests sharing a {@link HostThrottle}; zero for none; default
 *                           {@link #DEFAULT_HOST_INTERVAL}
 * @param invalidCharacters  what to do with characters XML 1.0 forbids; default {@link InvalidCharacterPolicy#STRIP}.
 *                           Meant to become a per-source setting (a source-file key such as
 *                           {@code invalidCharacters: strip|fail}) once {@code SourceConfig} carries it.
 */
public record OaiPmhSettings(Duration connectTimeout, Duration requestTimeout, String userAgent,
                             int maxResponseBytes, int maxRecordChars, int maxAttempts, Duration retryBaseDelay,
                             Duration retryMaxDelay, Duration maxRetryAfter, int maxRedirects,
                             Duration hostInterval, InvalidCharacterPolicy invalidCharacters) {

    /** Default for {@link #connectTimeout()}: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default for {@link #requestTimeout()}: 60 seconds. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Default for {@link #userAgent()}; operators should replace the contact URL with their own. */
    public static final String DEFAULT_USER_AGENT = "OERfed/0.1 (OAI-PMH harvester; +https://oerfed.example.org/contact)";
    /** Default for {@link #maxResponseBytes()}: 64 MiB. */
    public static final int DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
    /** Default for {@link #maxRecordChars()}: 1 Mi characters. */
    public static final int DEFAULT_MAX_RECORD_CHARS = 1024 * 1024;
    /** Default for {@link #maxAttempts()}: 4 (three retries). */
    public static final int DEFAULT_MAX_ATTEMPTS = 4;
    /** Default for {@link #retryBaseDelay()}: 1 second. */
    public static final Duration DEFAULT_RETRY_BASE_DELAY = Duration.ofSeconds(1);
    /** Default for {@link #retryMaxDelay()}: 30 seconds. */
    public static final Duration DEFAULT_RETRY_MAX_DELAY = Duration.ofSeconds(30);
    /** Default for {@link #maxRetryAfter()}: 2 minutes. */
    public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofMinutes(2);
    /** Default for {@link #maxRedirects()}: 5. */
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    /** Default for {@link #hostInterval()}: 1 second, a common courtesy towards small repositories. */
    public static final Duration DEFAULT_HOST_INTERVAL = Duration.ofSeconds(1);

    public OaiPmhSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        requireAtLeast(maxResponseBytes, 1, "maxResponseBytes");
        requireAtLeast(maxRecordChars, 1, "maxRecordChars");
        requireAtLeast(maxAttempts, 1, "maxAttempts");
        requireNotNegative(retryBaseDelay, "retryBaseDelay");
        requireNotNegative(retryMaxDelay, "retryMaxDelay");
        requireNotNegative(maxRetryAfter, "maxRetryAfter");
        requireAtLeast(maxRedirects, 0, "maxRedirects");
        requireNotNegative(hostInterval, "hostInterval");
        Objects.requireNonNull(invalidCharacters, "invalidCharacters");
    }

    /** All defaults. */
    public static OaiPmhSettings defaults() {
        return new OaiPmhSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_USER_AGENT,
                DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_RECORD_CHARS, DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BASE_DELAY,
                DEFAULT_RETRY_MAX_DELAY, DEFAULT_MAX_RETRY_AFTER, DEFAULT_MAX_REDIRECTS, DEFAULT_HOST_INTERVAL,
                InvalidCharacterPolicy.STRIP);
    }

    /** These settings with another connect timeout. */
    public OaiPmhSettings withConnectTimeout(Duration timeout) {
        return new OaiPmhSettings(timeout, requestTimeout, userAgent, maxResponseBytes, maxRecordChars, maxAttempts,
                retryBaseDelay, retryMaxDelay, maxRetryAfter, maxRedirects, hostInterval, invalidCharacters);
    }

    /** These settings with another request timeout. */
    public OaiPmhSettings withRequestTimeout(Duration timeout) {
        return new OaiPmhSettings(connectTimeout, timeout, userAgent, maxResponseBytes, maxRecordChars, maxAttempts,
                retryBaseDelay, retryMaxDelay, maxRetryAfter, maxRedirects, hostInterval, invalidCharacters);
    }

    /** These settings with another user agent. */
    public OaiPmhSettings withUserAgent(String agent) {
        return new OaiPmhSettings(connectTimeout, requestTimeout, agent, maxResponseBytes, maxRecordChars, maxAttempts,
                retryBaseDelay, retryMaxDelay, maxRetryAfter, maxRedirects, hostInterval, invalidCharacters);
    }

    /** These settings with another response size limit. */
    public OaiPmhSettings withMaxResponseBytes(int bytes) {
        return new OaiPmhSettings(connectTimeout, requestTimeout, userAgent, bytes, maxRecordChars, maxAttempts,
                retryBaseDelay, retryMaxDelay, maxRetryAfter, maxRedirects, hostInterval, invalidCharacters);
    }

    /** These settings with another record size limit. */
    public OaiPmhSettings withMaxRecordChars(int chars) {
        return new OaiPmhSettings(connectTimeout, requestTimeout, userAgent, maxResponseBytes, chars, maxAttempts,
                retryBaseDelay, retryMaxDelay, maxRetryAfter, maxRedirects, hostInterval, invalidCharacters);
    }

    /** These settings with another retry policy: attempts per request and the backoff's base and cap. */
    public OaiPmhSettings withRetries(int attempts, Duration baseDelay, Duration maxDelay) {
        return new OaiPmhSettings(connectTimeout, requestTimeout, userAgent, maxResponseBytes, maxRecordChars, attempts,
                baseDelay, maxDelay, maxRetryAfter, maxRedirects, hostInterval, invalidCharacters);
    }

    /** These settings with another cap on {@code Retry-After}. */
    public OaiPmhSettings withMaxRetryAfter(Duration cap) {
        return new OaiPmhSettings(connectTimeout, requestTimeout, userAgent, maxResponseBytes, maxRecordChars, maxAttempts,
                retryBaseDelay, retryMaxDelay, cap, maxRedirects, hostInterval, invalidCharacters);
    }

    /** These settings with another redirect limit. */
    public OaiPmhSettings withMaxRedirects(int redirects) {
        return new OaiPmhSettings(connectTimeout, requestTimeout, userAgent, maxResponseBytes, maxRecordChars, maxAttempts,
                retryBaseDelay, retryMaxDelay, maxRetryAfter, redirects, hostInterval, invalidCharacters);
    }

    /** These settings with another least interval between requests to one host. */
    public OaiPmhSettings withHostInterval(Duration interval) {
        return new OaiPmhSettings(connectTimeout, requestTimeout, userAgent, maxResponseBytes, maxRecordChars, maxAttempts,
                retryBaseDelay, retryMaxDelay, maxRetryAfter, maxRedirects, interval, invalidCharacters);
    }

    /** These settings with another policy for characters XML 1.0 forbids. */
    public OaiPmhSettings withInvalidCharacters(InvalidCharacterPolicy policy) {
        return new OaiPmhSettings(connectTimeout, requestTimeout, userAgent, maxResponseBytes, maxRecordChars, maxAttempts,
                retryBaseDelay, retryMaxDelay, maxRetryAfter, maxRedirects, hostInterval, policy);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + duration);
        }
    }

    private static void requireAtLeast(int value, int least, String name) {
        if (value < least) {
            throw new IllegalArgumentException(name + " must be at least " + least + ", was " + value);
        }
    }
}
