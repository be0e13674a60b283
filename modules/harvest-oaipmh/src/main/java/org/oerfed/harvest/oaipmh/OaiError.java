package org.oerfed.harvest.oaipmh;

/**
 * An {@code <error>} element of an OAI-PMH response.
 *
 * @param code    the error code, e.g. {@code noRecordsMatch}
 * @param message the partner's explanation; may be empty
 */
record OaiError(String code, String message) {

    static final String NO_RECORDS_MATCH = "noRecordsMatch";

    boolean noRecordsMatch() {
        return NO_RECORDS_MATCH.equals(code);
    }

    @Override
    public String toString() {
        return message.isBlank() ? code : code + " (" + message + ")";
    }
}
