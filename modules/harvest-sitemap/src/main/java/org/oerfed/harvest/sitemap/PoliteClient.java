package org.oerfed.harvest.sitemap;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests on a partner's web site as a polite crawler does: each host's robots.txt is read once per run and
 * obeyed, requests to one host are spaced by the longer of its {@code Crawl-delay} and
 * {@link SitemapSettings#minDelayPerHost()}, and transient failures (timeouts, unreachable, 429, 5xx) are tried
 * again a few times after a pause. One per harvest run, for one thread.
 */
final class PoliteClient {
    private static final Logger LOG = LoggerFactory.getLogger(PoliteClient.class);
    /** RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt. */
    private static final int MAX_ROBOTS_BYTES = 512 * 1024;

    private final String sourceId;
    private final HttpFetcher fetcher;
    private final HostThrottle throttle;
    private final Sleeper sleeper;
    private final SitemapSettings settings;
    private final Map<String, RobotsRules> robots = new HashMap<>();

    PoliteClient(String sourceId, HttpFetcher fetcher, HostThrottle throttle, Sleeper sleeper, SitemapSettings settings) {
        this.sourceId = sourceId;
        this.fetcher = fetcher;
        this.throttle = throttle;
        this.sleeper = sleeper;
        this.settings = settings;
    }

    /** Whether the URL's host lets OERfed fetch it; reads the host's robots.txt the first time. */
    boolean allowed(URI url) throws InterruptedException {
        return rules(url).allows(url);
    }

    /**
     * GETs the URL, after waiting for its host's turn; tries again after a transient failure. Does not check
     * robots.txt: the caller does, since what a refusal means depends on what is fetched.
     *
     * @return the last response, whatever its status
     * @throws IOException when the last attempt could not be made or was too large
     */
    Fetched get(URI url, String accept, int maxBytes) throws IOException, InterruptedException {
        Duration delay = delayFor(rules(url));
        for (int attempt = 1; ; attempt++) {
            throttle.awaitTurn(url, delay);
            Fetched response;
            try {
                response = fetcher.get(url, accept, maxBytes);
            } catch (Gzip.ResponseTooLargeException e) {
                throw e; // asking again would give the same bytes
            } catch (IOException e) {
                if (attempt >= settings.maxAttempts()) throw e;
                LOG.debug("source '{}': GET {} failed ({}), attempt {} of {}", sourceId, url, e.toString(), attempt, settings.maxAttempts());
                pauseBeforeRetry(attempt);
                continue;
            } finally {
                throttle.requestEnded(url);
            }
            if (!response.transientFailure() || attempt >= settings.maxAttempts()) return response;
            LOG.debug("source '{}': GET {} answered HTTP {}, attempt {} of {}", sourceId, url, response.status(), attempt, settings.maxAttempts());
            pauseBeforeRetry(attempt);
        }
    }

    private void pauseBeforeRetry(int attempt) throws InterruptedException {
        Duration pause = settings.retryDelay().multipliedBy(attempt);
        if (!pause.isZero()) sleeper.sleep(pause);
    }

    private Duration delayFor(RobotsRules rules) {
        Duration minimum = settings.minDelayPerHost();
        return rules.crawlDelay().filter(d -> d.compareTo(minimum) > 0).orElse(minimum);
    }

    private RobotsRules rules(URI url) throws InterruptedException {
        String host = HostThrottle.host(url);
        RobotsRules rules = robots.get(host);
        if (rules == null) {
            rules = fetchRules(URI.create(host + "/robots.txt"));
            robots.put(host, rules);
        }
        return rules;
    }

    /** RFC 9309 §2.3.1: 2xx is read, 4xx means no rules, anything else (5xx, unreachable) means stay away. */
    private RobotsRules fetchRules(URI robotsUrl) throws InterruptedException {
        Duration minimum = settings.minDelayPerHost();
        for (int attempt = 1; ; attempt++) {
            throttle.awaitTurn(robotsUrl, minimum);
            try {
                Fetched response = fetcher.get(robotsUrl, "text/plain", MAX_ROBOTS_BYTES);
                if (response.ok()) return RobotsTxt.parse(new String(response.body(), StandardCharsets.UTF_8));
                if (response.status() / 100 == 4) return RobotsRules.allowAll();
                if (attempt >= settings.maxAttempts()) {
                    LOG.warn("source '{}': {} answered HTTP {}; nothing on that host is fetched in this run, as RFC 9309 asks",
                            sourceId, robotsUrl, response.status());
                    return RobotsRules.disallowAll();
                }
            } catch (IOException e) {
                if (attempt >= settings.maxAttempts() || e instanceof Gzip.ResponseTooLargeException) {
                    LOG.warn("source '{}': {} could not be read ({}); nothing on that host is fetched in this run, as RFC 9309 asks",
                            sourceId, robotsUrl, e.toString());
                    return RobotsRules.disallowAll();
                }
            } finally {
                throttle.requestEnded(robotsUrl);
            }
            pauseBeforeRetry(attempt);
        }
    }
}
