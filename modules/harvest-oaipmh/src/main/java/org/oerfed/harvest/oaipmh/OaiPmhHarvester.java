package org.oerfed.harvest.oaipmh;

import java.time.Clock;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.Harvester;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.harvest.SourceDescription;
import org.oerfed.core.source.InvalidCharacters;
import org.oerfed.core.source.Quirk;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;

/**
 * Harvests an OAI-PMH 2.0 partner with {@code ListRecords}, one page per {@code next()}, following
 * resumption tokens; with configured sets, each set in turn; selectively by datestamp at the granularity
 * the partner declares; resuming at a stored token.
 *
 * <p>Each {@link org.oerfed.core.harvest.HarvestedRecord} carries the header's identifier, datestamp and
 * setSpecs, and the metadata element (for {@code oai_dc}, the {@code oai_dc:dc} element) as a
 * standalone XML string that declares the namespaces it uses. Deleted records carry no metadata, even
 * when a partner sends some with a deleted header.
 *
 * <p>Failures are {@link org.oerfed.core.error.OerfedException}s naming the source and the request URL:
 * <ul>
 *   <li>{@code noRecordsMatch} is not a failure: the list is empty;</li>
 *   <li>{@code badResumptionToken} is a {@link BadResumptionTokenException} (SOURCE), so that the caller
 *       can restart the window;</li>
 *   <li>{@code badArgument}, {@code cannotDisseminateFormat} and {@code noSetHierarchy} are {@code SETUP}
 *       faults, naming the metadata prefix (and set) that the partner refuses;</li>
 *   <li>other OAI-PMH errors (with their code and message as they came), unreachable partners after
 *       retries, timeouts, HTTP errors, HTML pages, responses that are not OAI-PMH XML, and responses with
 *       a DTD or entity references are {@code SOURCE} faults.</li>
 * </ul>
 * A record that cannot be read (no identifier, unreadable datestamp, no metadata, metadata over
 * {@link OaiPmhSettings#maxRecordChars()}) is skipped with a WARN naming the source and the identifier.
 *
 * <p>Thread-safe. An iterator is for one thread; it holds a {@link HarvestPermits} permit while it runs
 * and is {@link java.io.Closeable}, to end it early.
 */
public final class OaiPmhHarvester implements Harvester {

    private final OaiPmhSettings settings;
    private final HarvestPermits permits;
    private final OaiHttpClient client;

    /**
     * A harvester with its own {@link HostThrottle} and {@link HarvestPermits} (at most
     * {@link HarvestPermits#DEFAULT_MAX_CONCURRENT_HARVESTS} harvests at once). An application with
     * several harvesters should share both with the other constructor.
     */
    public OaiPmhHarvester(OaiPmhSettings settings) {
        this(settings, new HostThrottle(),
                new HarvestPermits(HarvestPermits.DEFAULT_MAX_CONCURRENT_HARVESTS, HarvestPermits.DEFAULT_MAX_WAIT));
    }

    /**
     * @param settings how to talk to partners
     * @param throttle spaces requests to each host; share one per JVM
     * @param permits  caps concurrent harvests; share one per JVM
     */
    public OaiPmhHarvester(OaiPmhSettings settings, HostThrottle throttle, HarvestPermits permits) {
        this(settings, throttle, permits, Sleeper.real());
    }

    /** For tests that watch the waits between retries instead of spending them. */
    OaiPmhHarvester(OaiPmhSettings settings, HostThrottle throttle, HarvestPermits permits, Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.permits = Objects.requireNonNull(permits, "permits");
        Objects.requireNonNull(throttle, "throttle");
        this.client = new OaiHttpClient(settings, throttle, sleeper,
                new Backoff(settings.retryBaseDelay(), settings.retryMaxDelay(), new Random()),
                Clock.systemUTC());
    }

    /** {@link SourceType#OAI_PMH}. */
    @Override
    public SourceType type() {
        return SourceType.OAI_PMH;
    }

    /**
     * Identify, ListMetadataFormats and ListSets (at most {@value SourceDescriber#MAX_SET_PAGES} pages).
     *
     * @throws org.oerfed.core.error.OerfedException SETUP when the partner does not offer the configured
     *         metadata prefix (naming the ones it offers) or has no sets while sets are configured; SOURCE
     *         when it answers out of protocol, e.g. with an unreadable earliestDatestamp
     */
    @Override
    public SourceDescription describe(SourceConfig source) {
        return new SourceDescriber(endpoint(source)).describe();
    }

    /**
     * The source's records in the window, lazily: no request is made until the first {@code next()}. A
     * window with a bound first asks Identify for the granularity to send it in. The iterator is also a
     * {@link java.io.Closeable}.
     *
     * @throws IllegalArgumentException if the source is not an OAI-PMH source
     * @throws org.oerfed.core.error.OerfedException SETUP if its URL is not an HTTP(S) URL
     */
    @Override
    public Iterator<RecordPage> pages(SourceConfig source, HarvestRequest request) {
        Objects.requireNonNull(request, "request");
        OaiPmhEndpoint endpoint = endpoint(source);
        HarvestRequest sent = source.has(Quirk.NO_UNTIL) ? new HarvestRequest(request.from(), Optional.empty(), request.resumptionToken())
                : request;
        BooleanSupplier secondsGranularity = source.has(Quirk.DAY_GRANULARITY) ? () -> false
                : () -> new SourceDescriber(endpoint).identify().secondsGranularity();
        return new ListRecordsPages(endpoint, new ListRecordsResponseReader(settings.maxRecordChars()), sent, permits, secondsGranularity);
    }

    private OaiPmhEndpoint endpoint(SourceConfig source) {
        Objects.requireNonNull(source, "source");
        if (source.type() != SourceType.OAI_PMH) {
            throw new IllegalArgumentException("source '" + source.id() + "' is " + source.type().key()
                    + ", not " + SourceType.OAI_PMH.key());
        }
        // the source file's policy wins over the harvester's default
        InvalidCharacterPolicy policy = source.invalidCharacters() == InvalidCharacters.FAIL ? InvalidCharacterPolicy.FAIL
                : settings.invalidCharacters();
        return new OaiPmhEndpoint(source, client, new OaiResponseIntake(policy));
    }
}
