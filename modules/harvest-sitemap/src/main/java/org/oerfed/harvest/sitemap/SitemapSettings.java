package org.oerfed.harvest.sitemap;

import java.time.Duration;
import java.util.Objects;

/**
 * How the sitemap harvester talks to partners. The same settings apply to every sitemap source.
 *
 * @param connectTimeout   how long to wait for a TCP (and TLS) connection; default {@link #DEFAULT_CONNECT_TIMEOUT}
 * @param requestTimeout   how long to wait for one whole response; default {@link #DEFAULT_REQUEST_TIMEOUT}
 * @param userAgent        the {@code User-Agent} sent with every request; it should name OERfed and say how a
 *                         partner's operator can reach whoever runs this instance. Whatever it says, robots.txt
 *                         groups are matched on the product token {@value RobotsTxt#PRODUCT_TOKEN}; default
 *                         {@link #DEFAULT_USER_AGENT}
 * @param minDelayPerHost  the least time between two requests to one host (scheme, name and port), whatever its
 *                         robots.txt says; a {@code Crawl-delay} longer than this wins. Zero is allowed (then only
 *                         {@code Crawl-delay} spaces requests); default {@link #DEFAULT_MIN_DELAY_PER_HOST}
 * @param maxAttempts      how many times one URL is requested before giving up, when it times out, cannot be
 *                         reached or answers 429 or 5xx; default {@link #DEFAULT_MAX_ATTEMPTS}
 * @param retryDelay       the pause before the second attempt; the n-th retry waits n times as long. Zero is
 *                         allowed; default {@link #DEFAULT_RETRY_DELAY}
 * @param maxSitemapBytes  the largest sitemap accepted, counted after gzip decoding; default
 *                         {@link #DEFAULT_MAX_SITEMAP_BYTES}, the limit of the sitemaps protocol
 * @param maxPageBytes     the largest web page read for JSON-LD, after decoding; a bigger page is skipped;
 *                         default {@link #DEFAULT_MAX_PAGE_BYTES}
 * @param maxSitemapDepth  how many levels of sitemap indexes are followed below the source's URL; a sitemap
 *                         index deeper than this is not read; default {@link #DEFAULT_MAX_SITEMAP_DEPTH}
 * @param maxSitemaps      the most sitemap documents (indexes included) read in one harvest; default
 *                         {@link #DEFAULT_MAX_SITEMAPS}
 * @param maxPageUrls      the most page URLs taken from a source's sitemaps; default {@link #DEFAULT_MAX_PAGE_URLS}
 * @param recordsPerPage   how many page URLs are fetched for one {@link org.oerfed.core.harvest.RecordPage}, i.e.
 *                         between two checkpoints; default {@link #DEFAULT_RECORDS_PER_PAGE}
 */
public record SitemapSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        String userAgent,
        Duration minDelayPerHost,
        int maxAttempts,
        Duration retryDelay,
        int maxSitemapBytes,
        int maxPageBytes,
        int maxSitemapDepth,
        int maxSitemaps,
        int maxPageUrls,
        int recordsPerPage) {

    /** Default for {@link #connectTimeout()}: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default for {@link #requestTimeout()}: 60 seconds. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Default for {@link #userAgent()}; operators should replace the contact URL with their own. */
    public static final String DEFAULT_USER_AGENT = "OERfed/0.1 (sitemap harvester; +https://oerfed.example.org/contact)";
    /** Default for {@link #minDelayPerHost()}: one second, a common courtesy for crawlers without instructions. */
    public static final Duration DEFAULT_MIN_DELAY_PER_HOST = Duration.ofSeconds(1);
    /** Default for {@link #maxAttempts()}: 3. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    /** Default for {@link #retryDelay()}: 10 seconds. */
    public static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(10);
    /** Default for {@link #maxSitemapBytes()}: 50 MiB, the most a sitemap may hold by the sitemaps protocol. */
    public static final int DEFAULT_MAX_SITEMAP_BYTES = 50 * 1024 * 1024;
    /** Default for {@link #maxPageBytes()}: 5 MiB, far above a real HTML page. */
    public static final int DEFAULT_MAX_PAGE_BYTES = 5 * 1024 * 1024;
    /** Default for {@link #maxSitemapDepth()}: 3 (the protocol allows 1; some sites nest indexes anyway). */
    public static final int DEFAULT_MAX_SITEMAP_DEPTH = 3;
    /** Default for {@link #maxSitemaps()}: 1000. */
    public static final int DEFAULT_MAX_SITEMAPS = 1000;
    /** Default for {@link #maxPageUrls()}: 500,000. */
    public static final int DEFAULT_MAX_PAGE_URLS = 500_000;
    /** Default for {@link #recordsPerPage()}: 50. */
    public static final int DEFAULT_RECORDS_PER_PAGE = 50;

    /** @throws IllegalArgumentException when a limit or timeout is not positive, a delay negative, or the agent blank */
    public SitemapSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) throw new IllegalArgumentException("userAgent must not be blank");
        requireNotNegative(minDelayPerHost, "minDelayPerHost");
        requirePositive(maxAttempts, "maxAttempts");
        requireNotNegative(retryDelay, "retryDelay");
        requirePositive(maxSitemapBytes, "maxSitemapBytes");
        requirePositive(maxPageBytes, "maxPageBytes");
        if (maxSitemapDepth < 0) throw new IllegalArgumentException("maxSitemapDepth must not be negative, was " + maxSitemapDepth);
        requirePositive(maxSitemaps, "maxSitemaps");
        requirePositive(maxPageUrls, "maxPageUrls");
        requirePositive(recordsPerPage, "recordsPerPage");
    }

    /** All defaults. */
    public static SitemapSettings defaults() {
        return new SitemapSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_USER_AGENT,
                DEFAULT_MIN_DELAY_PER_HOST, DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_DELAY, DEFAULT_MAX_SITEMAP_BYTES,
                DEFAULT_MAX_PAGE_BYTES, DEFAULT_MAX_SITEMAP_DEPTH, DEFAULT_MAX_SITEMAPS, DEFAULT_MAX_PAGE_URLS,
                DEFAULT_RECORDS_PER_PAGE);
    }

    /** These settings with another user agent. */
    public SitemapSettings withUserAgent(String agent) {
        return new SitemapSettings(connectTimeout, requestTimeout, agent, minDelayPerHost, maxAttempts, retryDelay,
                maxSitemapBytes, maxPageBytes, maxSitemapDepth, maxSitemaps, maxPageUrls, recordsPerPage);
    }

    /** These settings with another least delay between two requests to one host. */
    public SitemapSettings withMinDelayPerHost(Duration delay) {
        return new SitemapSettings(connectTimeout, requestTimeout, userAgent, delay, maxAttempts, retryDelay,
                maxSitemapBytes, maxPageBytes, maxSitemapDepth, maxSitemaps, maxPageUrls, recordsPerPage);
    }

    /** These settings with another number of attempts per URL and pause before a retry. */
    public SitemapSettings withRetries(int attempts, Duration delay) {
        return new SitemapSettings(connectTimeout, requestTimeout, userAgent, minDelayPerHost, attempts, delay,
                maxSitemapBytes, maxPageBytes, maxSitemapDepth, maxSitemaps, maxPageUrls, recordsPerPage);
    }

    /** These settings with other size limits for sitemaps and pages. */
    public SitemapSettings withMaxBytes(int sitemapBytes, int pageBytes) {
        return new SitemapSettings(connectTimeout, requestTimeout, userAgent, minDelayPerHost, maxAttempts, retryDelay,
                sitemapBytes, pageBytes, maxSitemapDepth, maxSitemaps, maxPageUrls, recordsPerPage);
    }

    /** These settings with other bounds on the sitemap tree: index depth, sitemap count and page URL count. */
    public SitemapSettings withTreeLimits(int depth, int sitemaps, int pageUrls) {
        return new SitemapSettings(connectTimeout, requestTimeout, userAgent, minDelayPerHost, maxAttempts, retryDelay,
                maxSitemapBytes, maxPageBytes, depth, sitemaps, pageUrls, recordsPerPage);
    }

    /** These settings with another number of page URLs per record page. */
    public SitemapSettings withRecordsPerPage(int records) {
        return new SitemapSettings(connectTimeout, requestTimeout, userAgent, minDelayPerHost, maxAttempts, retryDelay,
                maxSitemapBytes, maxPageBytes, maxSitemapDepth, maxSitemaps, maxPageUrls, records);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) throw new IllegalArgumentException(name + " must not be negative, was " + duration);
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
}
