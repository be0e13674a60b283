package org.oerfed.harvest.sitemap;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spaces requests to one host: the next request to a host starts no sooner than its delay after the previous
 * one ended. Hosts are told apart by scheme, name and port, as robots.txt files are. One per harvest run, for one
 * thread.
 */
final class HostThrottle {
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Instant> lastRequestEnded = new HashMap<>();

    HostThrottle(Clock clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until a request to the URL's host may start, {@code delay} after the last one to it ended. */
    void awaitTurn(URI url, Duration delay) throws InterruptedException {
        Instant last = lastRequestEnded.get(host(url));
        if (last == null) return;
        Duration wait = Duration.between(clock.instant(), last.plus(delay));
        if (!wait.isNegative() && !wait.isZero()) sleeper.sleep(wait);
    }

    /** Notes that a request to the URL's host has just ended, however it ended. */
    void requestEnded(URI url) {
        lastRequestEnded.put(host(url), clock.instant());
    }

    static String host(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort() != -1 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        return scheme + "://" + host + ":" + port;
    }
}
