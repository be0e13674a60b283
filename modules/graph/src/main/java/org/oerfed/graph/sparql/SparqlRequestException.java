package org.oerfed.graph.sparql;

/**
 * A query that is not answered: it does not parse, is not a query, asks for a format not offered, or ran out
 * of time.
 */
public final class SparqlRequestException extends RuntimeException {
    private final int status;

    SparqlRequestException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status that says why: 400 for a bad query, 406 for an unacceptable format, 503 for a query cancelled at its time limit. */
    public int status() {
        return status;
    }
}
