package org.oerfed.pipeline.harvest;

import java.util.Iterator;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.Harvester;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.harvest.SourceDescription;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;

/** A real harvester cut off after some pages, as a crash or a broken connection would cut it. */
final class StoppingHarvester implements Harvester {
    private final Harvester harvester;
    private final int pages;
    private final String reason;

    /** Serves {@code pages} pages of {@code harvester}, then fails as a source with {@code reason}. */
    StoppingHarvester(Harvester harvester, int pages, String reason) {
        this.harvester = harvester;
        this.pages = pages;
        this.reason = reason;
    }

    @Override
    public SourceType type() {
        return harvester.type();
    }

    @Override
    public SourceDescription describe(SourceConfig source) {
        return harvester.describe(source);
    }

    @Override
    public Iterator<RecordPage> pages(SourceConfig source, HarvestRequest request) {
        Iterator<RecordPage> real = harvester.pages(source, request);
        return new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                return real.hasNext();
            }

            @Override
            public RecordPage next() {
                if (served == pages) throw OerfedException.source(source.id(), reason, null);
                served++;
                return real.next();
            }
        };
    }
}
