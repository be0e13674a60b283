package org.oerfed.harvest.oaipmh;

import java.io.IOException;

/** A response body, or its decompressed form, went over the configured size limit. */
final class ResponseTooLargeException extends IOException {

    ResponseTooLargeException(String what, long limit) {
        super(what + " is larger than " + limit + " bytes");
    }
}
