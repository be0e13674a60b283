package org.oerfed.harvest.oaipmh;

import java.util.Optional;
import java.util.Set;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;

/** Classifies OAI-PMH {@code <error>} codes by who is at fault. */
final class OaiErrors {

    /** Codes meaning that the source's configuration asks for something the partner cannot give. */
    static final Set<String> SETUP_CODES = Set.of("badArgument", "cannotDisseminateFormat", "noSetHierarchy");
    static final String BAD_RESUMPTION_TOKEN = "badResumptionToken";

    private OaiErrors() {
    }

    /**
     * The failure an error answer to ListRecords means; noRecordsMatch is no failure and never comes here.
     *
     * @param prefix the metadata prefix asked for
     * @param set    the set asked for, if any
     * @param token  the resumption token sent, if any
     */
    static OerfedException listRecordsFailure(String sourceId, OaiError error, String url, String prefix,
                                              Optional<String> set, Optional<String> token) {
        if (BAD_RESUMPTION_TOKEN.equals(error.code())) {
            return new BadResumptionTokenException(sourceId, token.orElse(null), "the partner refused resumption token "
                    + token.map(t -> "'" + t + "'").orElse("(none sent)") + ": " + error + " at " + url
                    + "; the harvest window has to be restarted");
        }
        if (SETUP_CODES.contains(error.code())) {
            return new OerfedException(Fault.SETUP, sourceId, null, "the partner refuses metadataPrefix '" + prefix + "'"
                    + set.map(s -> " and set '" + s + "'").orElse("") + ": " + error + " at " + url);
        }
        return unexpected(sourceId, error, url);
    }

    /** An error code the harvester has no better reading of: the partner's fault, reported as it came. */
    static OerfedException unexpected(String sourceId, OaiError error, String url) {
        return OerfedException.source(sourceId, "the partner answered " + error + " at " + url, null);
    }
}
