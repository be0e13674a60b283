package org.oerfed.core.harvest;

import java.util.Iterator;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;

/**
 * Port: fetches a partner's records, one page at a time, so that a caller can store each page before the
 * next is asked for.
 *
 * <p>Failures are {@link org.oerfed.core.error.OerfedException}s: {@code SOURCE} when the endpoint is
 * unreachable or answers out of protocol, {@code SETUP} when the source is configured in a way the
 * endpoint refuses.
 */
public interface Harvester {

    /** The protocol this harvester speaks. */
    SourceType type();

    /**
     * The source's records, lazily: each call to {@code next()} fetches one page.
     *
     * @param source the partner
     */
    Iterator<RecordPage> pages(SourceConfig source);
}
