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
     * Asks the source about itself: granularity, deletion policy, formats and sets, and so which format to
     * harvest.
     *
     * @throws org.oerfed.core.error.OerfedException SETUP when it offers none of the configured formats
     */
    SourceDescription describe(SourceConfig source);

    /**
     * The source's records in the requested window, lazily: each call to {@code next()} fetches one page.
     * Each page carries the token of the next, so a caller can store a page, remember the token, and after a
     * crash resume with {@link HarvestRequest#resumedAt}.
     *
     * @param source  the partner
     * @param request the window, and where in it to resume
     */
    Iterator<RecordPage> pages(SourceConfig source, HarvestRequest request);

    /** Everything the source has, from its beginning. */
    default Iterator<RecordPage> pages(SourceConfig source) {
        return pages(source, HarvestRequest.everything());
    }
}
