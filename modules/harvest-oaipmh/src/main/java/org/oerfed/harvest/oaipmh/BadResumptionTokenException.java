package org.oerfed.harvest.oaipmh;

import org.oerfed.core.harvest.ResumptionTokenRejectedException;

/**
 * The partner refused a resumption token ({@code badResumptionToken}), usually because it expired or the
 * partner was restarted. A {@code SOURCE} fault of its own type so that a caller that resumed from a
 * stored token can restart the same window from its beginning
 * ({@link org.oerfed.core.harvest.HarvestRequest#restarted()}) instead of failing the run. It is a core
 * {@link ResumptionTokenRejectedException}, which callers that know no OAI-PMH catch.
 */
public final class BadResumptionTokenException extends ResumptionTokenRejectedException {

    private final String token;

    /**
     * @param sourceId the source
     * @param token    the token refused; null if the partner said so to a request without one
     * @param message  what happened, naming the request URL
     */
    public BadResumptionTokenException(String sourceId, String token, String message) {
        super(sourceId, message);
        this.token = token;
    }

    /** The token the partner refused; null if the request carried none. */
    public String token() {
        return token;
    }
}
