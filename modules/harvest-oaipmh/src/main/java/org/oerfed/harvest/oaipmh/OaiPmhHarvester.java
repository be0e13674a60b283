package org.oerfed.harvest.oaipmh;

import java.util.Iterator;
import java.util.Objects;
import org.oerfed.core.harvest.Harvester;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;

/**
 * Harvests an OAI-PMH 2.0 partner with {@code ListRecords}, one page per {@code next()}, following
 * resumption tokens; with configured sets, each set in turn.
 *
 * <p>Each {@link org.oerfed.core.harvest.HarvestedRecord} carries the header's identifier, datestamp and
 * setSpecs, and the metadata element (for {@code oai_dc}, the {@code oai_dc:dc} element) as a
 * standalone XML string that declares the namespaces it uses. Deleted records carry no metadata.
 *
 * <p>Failures are {@link org.oerfed.core.error.OerfedException}s naming the source and the request URL:
 * <ul>
 *   <li>{@code noRecordsMatch} is not a failure: the list is empty;</li>
 *   <li>{@code badArgument}, {@code cannotDisseminateFormat} and {@code noSetHierarchy} are {@code SETUP}
 *       faults, naming the metadata prefix (and set) that the partner refuses;</li>
 *   <li>other OAI-PMH errors, unreachable partners, timeouts, HTTP errors, responses that are not
 *       OAI-PMH XML, and responses with a DTD or entity references are {@code SOURCE} faults.</li>
 * </ul>
 *
 * <p>Thread-safe: each {@link #pages(SourceConfig)} call gets its own client and state. An iterator is
 * for one thread.
 */
public final class OaiPmhHarvester implements Harvester {

    private final OaiPmhSettings settings;

    /** A harvester with the given timeouts, user agent and response size limit. */
    public OaiPmhHarvester(OaiPmhSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** {@link SourceType#OAI_PMH}. */
    @Override
    public SourceType type() {
        return SourceType.OAI_PMH;
    }

    /**
     * The source's records, lazily: no request is made until the first {@code next()}.
     *
     * @throws IllegalArgumentException if the source is not an OAI-PMH source
     * @throws org.oerfed.core.error.OerfedException SETUP if its URL is not an HTTP(S) URL
     */
    @Override
    public Iterator<RecordPage> pages(SourceConfig source) {
        Objects.requireNonNull(source, "source");
        if (source.type() != SourceType.OAI_PMH) {
            throw new IllegalArgumentException("source '" + source.id() + "' is " + source.type().key()
                    + ", not " + SourceType.OAI_PMH.key());
        }
        return new ListRecordsPages(source, new OaiPmhEndpoint(source, settings), new OaiResponseScreen(),
                new ListRecordsResponseReader());
    }
}
