package org.oerfed.pipeline.harvest;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.harvest.ResumptionTokenRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A source's pages for a request that may resume at a stored token: when the source rejects the token
 * (expired while OERfed was down, or simply bad), the window restarts from its beginning. Pages stored again
 * are harmless: storing a page twice changes nothing.
 */
final class ResumingPages implements Iterator<RecordPage>, Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(ResumingPages.class);
    /** A source that rejects its own fresh tokens too would otherwise loop for ever. */
    private static final int MAX_RESTARTS = 2;

    private final String sourceId;
    private final Function<HarvestRequest, Iterator<RecordPage>> pages;
    private HarvestRequest request;
    private Iterator<RecordPage> current;
    private int restarts;

    ResumingPages(String sourceId, HarvestRequest request, Function<HarvestRequest, Iterator<RecordPage>> pages) {
        this.sourceId = sourceId;
        this.request = request;
        this.pages = pages;
        this.current = pages.apply(request);
    }

    @Override
    public boolean hasNext() {
        while (true) {
            try {
                return current.hasNext();
            } catch (ResumptionTokenRejectedException e) {
                restart(e);
            }
        }
    }

    @Override
    public RecordPage next() {
        while (true) {
            try {
                if (!current.hasNext()) throw new NoSuchElementException();
                return current.next();
            } catch (ResumptionTokenRejectedException e) {
                restart(e);
            }
        }
    }

    /** Gives back what the harvester holds for the pages (a connection slot, a harvest permit). */
    @Override
    public void close() {
        if (current instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                LOG.warn("Could not release the pages of source '{}': {}", sourceId, e.getMessage());
            }
        }
    }

    private void restart(ResumptionTokenRejectedException e) {
        if (restarts++ >= MAX_RESTARTS) throw e;
        close();
        LOG.warn("Source '{}' rejected a resumption token ({}); restarting the window from its beginning", sourceId, e.getMessage());
        request = request.restarted();
        current = pages.apply(request);
    }
}
