package org.oerfed.harvest.oaipmh;

/** A response that must not be parsed any further: not well-formed, not OAI-PMH, or hostile. */
final class UntrustedXmlException extends Exception {

    UntrustedXmlException(String message) {
        super(message);
    }

    UntrustedXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
