package org.oerfed.api;

import java.util.List;

/** The request's parameters are at fault (the client's fault): answered with a 400 naming each. */
public final class InvalidParametersException extends RuntimeException {
    private final List<InvalidParameter> invalid;

    public InvalidParametersException(List<InvalidParameter> invalid) {
        super(Problem.invalidParameters(invalid).detail());
        this.invalid = List.copyOf(invalid);
    }

    public InvalidParametersException(String name, String reason) {
        this(List.of(new InvalidParameter(name, reason)));
    }

    public List<InvalidParameter> invalid() {
        return invalid;
    }

    public Problem problem() {
        return Problem.invalidParameters(invalid);
    }
}
