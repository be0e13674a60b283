package org.oerfed.core.harvest;

import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;

/**
 * The source refused a resumption token (OAI-PMH badResumptionToken), typically one that expired while a
 * harvest was interrupted. The caller restarts the window from its beginning.
 */
public class ResumptionTokenRejectedException extends OerfedException {
    public ResumptionTokenRejectedException(String sourceId, String message) {
        super(Fault.SOURCE, sourceId, null, message);
    }
}
