package org.oerfed.harvest.oaipmh;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.oerfed.core.error.OerfedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The harvester's HTTP transport, on the JDK's HttpClient: GET with the configured User-Agent, gzip and
 * deflate, redirects followed by hand (at most {@link OaiPmhSettings#maxRedirects()}, only to http and
 * https), the whole response bounded by {@link OaiPmhSettings#requestTimeout()} and
 * {@link OaiPmhSettings#maxResponseBytes()}, each request spaced from the last to its host by the
 * {@link HostThrottle}, and retries with backoff for failures that may pass.
 *
 * <p>It replaces XOAI's {@code JdkHttpOaiClient}, which returns only the body stream of a 200 and turns
 * every other status into an exception carrying only a message: the status (to tell 503 from 404), the
 * {@code Retry-After} header, the {@code Content-Encoding} and the redirect target are all lost, its body
 * stream cannot be bounded in time, and it sets the interrupt flag on every I/O error.
 */
final class OaiHttpClient {

    private static final Logger LOG = LoggerFactory.getLogger(OaiHttpClient.class);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int MAX_CAUSE_CHARS = 300;

    private final OaiPmhSettings settings;
    private final HostThrottle throttle;
    private final Sleeper sleeper;
    /** Thread-safe: {@link java.util.Random} is. */
    private final Backoff backoff;
    private final Clock clock;
    private final ContentDecoding decoding;
    private final HttpClient http;

    OaiHttpClient(OaiPmhSettings settings, HostThrottle throttle, Sleeper sleeper, Backoff backoff, Clock clock) {
        this.settings = settings;
        this.throttle = throttle;
        this.sleeper = sleeper;
        this.backoff = backoff;
        this.clock = clock;
        this.decoding = new ContentDecoding(settings.maxResponseBytes());
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * GETs {@code url}, retrying 5xx, 429, timeouts and connection failures up to
     * {@link OaiPmhSettings#maxAttempts()} times in all.
     *
     * @return the final answer: a 2xx, or a status not worth retrying (such as 404 or 422), whose body may
     *         still be an OAI-PMH error
     * @throws OerfedException SOURCE when every attempt failed, naming the URL, the attempts and the last
     *                         failure; or when the answer is too large, redirects too often or elsewhere
     *                         than http(s)
     */
    HttpAnswer get(String sourceId, URI url) {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= settings.maxAttempts();
            Duration wait;
            String failure;
            try {
                HttpAnswer answer = followingRedirects(sourceId, url);
                if (!retryable(answer.status())) {
                    return answer;
                }
                failure = "HTTP " + answer.status() + " from " + answer.url() + " with " + answer.snippet();
                wait = retryAfter(answer).orElseGet(backoffBefore(attempt));
            } catch (TransientFailure e) {
                failure = e.getMessage();
                wait = backoff.delay(attempt);
            }
            if (last) {
                throw OerfedException.source(sourceId, "request to " + url + " failed"
                        + (attempt > 1 ? " " + attempt + " times; last: " : ": ") + failure, null);
            }
            LOG.info("source '{}': attempt {} of {} failed ({}); retrying in {} ms", sourceId, attempt,
                    settings.maxAttempts(), failure, wait.toMillis());
            pause(sourceId, wait);
        }
    }

    private java.util.function.Supplier<Duration> backoffBefore(int attempt) {
        return () -> backoff.delay(attempt);
    }

    private static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    /** What {@code Retry-After} asks for on 503 or 429, capped; empty when absent, unreadable or another status. */
    private Optional<Duration> retryAfter(HttpAnswer answer) {
        return answer.retryAfter()
                .filter(v -> answer.status() == 503 || answer.status() == 429)
                .flatMap(v -> RetryAfter.parse(v, clock.instant()))
                .map(d -> d.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : d);
    }

    private HttpAnswer followingRedirects(String sourceId, URI url) throws TransientFailure {
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            HttpAnswer answer = once(sourceId, current);
            if (!REDIRECTS.contains(answer.status()) || answer.location().isEmpty()) {
                return answer;
            }
            URI next = resolve(sourceId, current, answer.location().get());
            if (redirects >= settings.maxRedirects()) {
                throw OerfedException.source(sourceId, "request to " + url + " was redirected more than "
                        + settings.maxRedirects() + " times (last to " + next + ")", null);
            }
            LOG.debug("source '{}': {} redirects ({}) to {}", sourceId, current, answer.status(), next);
            current = next;
        }
    }

    private static URI resolve(String sourceId, URI from, String location) {
        URI next;
        try {
            next = from.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw OerfedException.source(sourceId, from + " redirects to '" + location + "', which is not a URL", e);
        }
        String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw OerfedException.source(sourceId, from + " redirects to " + next
                    + "; only http and https redirects are followed", null);
        }
        return next;
    }

    /** One exchange, throttled, bounded in time and size. */
    private HttpAnswer once(String sourceId, URI url) throws TransientFailure {
        pauseForHost(sourceId, url);
        HttpRequest request = HttpRequest.newBuilder(url)
                .GET()
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", "text/xml, application/xml;q=0.9, */*;q=0.1")
                .header("Accept-Encoding", "gzip, deflate")
                .build();
        AtomicReference<CappedBodySubscriber> body = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request, info -> {
            CappedBodySubscriber subscriber = new CappedBodySubscriber(settings.maxResponseBytes());
            body.set(subscriber);
            return subscriber;
        });
        HttpResponse<byte[]> response;
        try {
            // The request timeout covers the headers only; this deadline covers the body too.
            response = exchange.get(settings.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abort(exchange, body);
            throw new TransientFailure(url + " timed out: no complete answer within " + settings.requestTimeout());
        } catch (InterruptedException e) {
            abort(exchange, body);
            Thread.currentThread().interrupt();
            throw OerfedException.source(sourceId, "interrupted while requesting " + url, e);
        } catch (ExecutionException e) {
            throw classify(sourceId, url, e.getCause());
        }
        try {
            byte[] decoded = decoding.decode(response.headers().firstValue("Content-Encoding").orElse(null), response.body());
            return new HttpAnswer(url, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    decoded, response.headers().firstValue("Retry-After"), response.headers().firstValue("Location"));
        } catch (ResponseTooLargeException e) {
            throw OerfedException.source(sourceId, "response to " + url + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw OerfedException.source(sourceId, "response to " + url + " cannot be decoded: " + describe(e), e);
        }
    }

    private RuntimeException classify(String sourceId, URI url, Throwable cause) throws TransientFailure {
        if (cause instanceof ResponseTooLargeException) {
            return OerfedException.source(sourceId, "response to " + url + ": " + cause.getMessage(), cause);
        }
        if (cause instanceof HttpConnectTimeoutException) {
            throw new TransientFailure(url + " could not be connected to within " + settings.connectTimeout());
        }
        if (cause instanceof HttpTimeoutException) {
            throw new TransientFailure(url + " timed out: no answer within " + settings.requestTimeout());
        }
        if (cause instanceof ConnectException || cause instanceof IOException) {
            throw new TransientFailure(url + " could not be reached: " + describe(cause));
        }
        return OerfedException.source(sourceId, "request to " + url + " failed: " + describe(cause), cause);
    }

    private static void abort(CompletableFuture<?> exchange, AtomicReference<CappedBodySubscriber> body) {
        CappedBodySubscriber subscriber = body.get();
        if (subscriber != null) {
            subscriber.abort();
        }
        exchange.cancel(true);
    }

    private void pauseForHost(String sourceId, URI url) {
        try {
            throttle.awaitTurn(url.getHost() == null ? "" : url.getHost(), settings.hostInterval());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OerfedException.source(sourceId, "interrupted while waiting to request " + url, e);
        }
    }

    private void pause(String sourceId, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OerfedException.source(sourceId, "interrupted while waiting to retry", e);
        }
    }

    private static String describe(Throwable cause) {
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return text.length() <= MAX_CAUSE_CHARS ? text : text.substring(0, MAX_CAUSE_CHARS) + "…";
    }

    /** A failure that may pass: worth another attempt. */
    private static final class TransientFailure extends Exception {
        TransientFailure(String message) {
            super(message, null, false, false);
        }
    }
}
