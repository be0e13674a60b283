package org.oerfed.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers {@link InvalidParametersException} from any controller with a 400 problem naming each parameter. */
@Produces(Problem.MEDIA_TYPE)
@Singleton
public class InvalidParametersHandler implements ExceptionHandler<InvalidParametersException, HttpResponse<Problem>> {
    @Override
    public HttpResponse<Problem> handle(HttpRequest request, InvalidParametersException exception) {
        return exception.problem().response();
    }
}
