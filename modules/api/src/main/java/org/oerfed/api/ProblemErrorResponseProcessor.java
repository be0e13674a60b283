package org.oerfed.api;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;

/**
 * Writes the errors Micronaut itself answers (a malformed URI, no such route, a method or media type the
 * route does not take, an unexpected failure) as RFC 9457 problems, like every error of the API's own, so
 * that a client reads one error format.
 */
@Primary
@Singleton
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String detail = context.getErrors().stream().map(Error::getMessage).distinct().collect(Collectors.joining("; "));
        Problem problem = Problem.of(status.getCode(), status.getReason(), detail.isEmpty() ? status.getReason() : detail);
        return response.contentType(Problem.MEDIA_TYPE).body(problem);
    }
}
