package org.oerfed.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a store or search engine that fails while serving a request (an Elasticsearch cluster that is down,
 * a disk that is full) with 503 and a Retry-After: the request was fine, and may succeed later. Other faults
 * are errors of OERfed itself: 500.
 */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class UnavailableStoreHandler implements ExceptionHandler<OerfedException, HttpResponse<Problem>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnavailableStoreHandler.class);
    /** Seconds a client is asked to wait: about one retry cycle of the search engine's client. */
    static final int RETRY_AFTER_SECONDS = 30;

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, OerfedException exception) {
        if (exception.fault() == Fault.SETUP) {
            LOG.warn("{} {} answered 503: {}", request.getMethod(), request.getPath(), exception.getMessage());
            return Problem.of(503, "Service Unavailable", "a store OERfed depends on is unavailable; try again later")
                    .response().header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        }
        LOG.error("{} {} failed: {}", request.getMethod(), request.getPath(), exception.getMessage(), exception);
        return Problem.of(500, "Internal Server Error", "OERfed failed to answer; the log says why").response();
    }
}
