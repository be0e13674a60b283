package org.oerfed.harvest.oaipmh;

import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.verbs.Verb;
import io.gdcc.xoai.serviceprovider.parameters.Parameters;
import io.gdcc.xoai.xmlio.exceptions.XmlReaderException;
import java.io.Closeable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.source.SourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code ListRecords} pages of one source in one window, fetched one request per {@link #next()}.
 * With several configured sets, each set's list is harvested to its end before the next set's begins; a
 * record in two of them is returned twice.
 *
 * <p>Resuming at a stored token sends only the verb and the token, and ends with that token's list. With
 * several sets configured, the harvester cannot tell which set's list the token continues, so after it
 * every configured set is harvested from its start: records may come twice, none is missed.
 *
 * <p>Holds a {@link HarvestPermits} permit from the first {@code next()} until the last page, a failure
 * (after which the iterator has no more pages) or {@link #close()}.
 */
final class ListRecordsPages implements Iterator<RecordPage>, Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ListRecordsPages.class);

    private final SourceConfig source;
    private final OaiPmhEndpoint endpoint;
    private final ListRecordsResponseReader reader;
    private final HarvestRequest request;
    private final HarvestPermits permits;
    /** Asks Identify for the granularity; only called when the window has a bound. */
    private final BooleanSupplier secondsGranularity;
    /** Sets whose list has not been started; an empty Optional stands for the whole repository. */
    private final Deque<Optional<String>> setsToStart = new ArrayDeque<>();
    private final Set<String> tokensSeen = new HashSet<>();
    private Optional<String> currentSet = Optional.empty();
    private String resumptionToken;
    private Boolean seconds;
    private HarvestPermits.Permit permit;
    private boolean finished;

    ListRecordsPages(OaiPmhEndpoint endpoint, ListRecordsResponseReader reader, HarvestRequest request,
                     HarvestPermits permits, BooleanSupplier secondsGranularity) {
        this.source = endpoint.source();
        this.endpoint = endpoint;
        this.reader = reader;
        this.request = request;
        this.permits = permits;
        this.secondsGranularity = secondsGranularity;
        if (source.sets().isEmpty()) {
            setsToStart.add(Optional.empty());
        } else {
            source.sets().forEach(set -> setsToStart.add(Optional.of(set)));
        }
        request.resumptionToken().ifPresent(token -> {
            resumptionToken = token;
            if (source.sets().size() == 1) {
                // With one set the token's list is that set's, and nothing follows it.
                currentSet = setsToStart.poll();
            } else if (source.sets().size() > 1) {
                LOG.warn("source '{}': resuming at a stored token with {} sets configured; every set is harvested "
                        + "again after the resumed list", source.id(), source.sets().size());
            } else {
                setsToStart.clear();
            }
        });
    }

    @Override
    public boolean hasNext() {
        return !finished && (resumptionToken != null || !setsToStart.isEmpty());
    }

    /**
     * Fetches the next page. The page's resumption token is the token of the current set's list; a page
     * without one ends that list, and {@link #hasNext()} tells whether another set's list follows.
     *
     * @throws BadResumptionTokenException when the partner refuses the token (the window must restart)
     * @throws OerfedException             SETUP when the partner refuses the configured metadata prefix or
     *                                     set, SOURCE when it cannot be reached or answers out of protocol
     */
    @Override
    public RecordPage next() {
        if (!hasNext()) {
            throw new NoSuchElementException("source '" + source.id() + "' has no more pages");
        }
        if (permit == null) {
            permit = permits.acquire(source.id(), this);
        }
        try {
            RecordPage page = fetchPage();
            if (!hasNext()) {
                close();
            }
            return page;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Ends the harvest early and gives its permit back; harmless when already ended. */
    @Override
    public void close() {
        finished = true;
        if (permit != null) {
            permit.close();
        }
    }

    private RecordPage fetchPage() {
        Optional<String> sentToken = Optional.ofNullable(resumptionToken);
        Parameters parameters = resumptionToken != null ? resumeRequest() : firstRequest();
        String url = endpoint.urlOf(parameters);
        OaiResponseIntake.Accepted accepted = endpoint.fetch(parameters);
        ListRecordsResponse response = parse(accepted, url);
        RecordPage page = toPage(response, url, sentToken);
        resumptionToken = page.resumptionToken().orElse(null);
        LOG.debug("source '{}': {} records from {}", source.id(), page.records().size(), url);
        return page;
    }

    private Parameters firstRequest() {
        currentSet = setsToStart.poll();
        tokensSeen.clear();
        Parameters parameters = Parameters.parameters()
                .withVerb(Verb.Type.ListRecords)
                .withMetadataPrefix(source.metadataPrefix());
        currentSet.ifPresent(parameters::withSet);
        if (request.from().isPresent() || request.until().isPresent()) {
            if (seconds == null) {
                seconds = secondsGranularity.getAsBoolean();
            }
            // XOAI formats in UTC at the granularity given and drops what is finer: from is rounded down,
            // and a day-granular until names the whole day that holds the instant, so nothing is missed.
            parameters.withGranularity((seconds ? Granularity.Second : Granularity.Day).toString());
            request.from().ifPresent(parameters::withFrom);
            request.until().ifPresent(parameters::withUntil);
        }
        return parameters;
    }

    private Parameters resumeRequest() {
        return Parameters.parameters().withVerb(Verb.Type.ListRecords).withResumptionToken(resumptionToken);
    }

    private ListRecordsResponse parse(OaiResponseIntake.Accepted accepted, String url) {
        if (!accepted.answer().equals("ListRecords") && !accepted.answer().equals("error")) {
            throw OerfedException.source(source.id(), "answered " + SourceDescriber.describe(accepted.answer())
                    + " to ListRecords at " + url, null);
        }
        try {
            return reader.read(accepted.xml(), "source '" + source.id() + "', " + url);
        } catch (XmlReaderException e) {
            throw OerfedException.source(source.id(), "refused the response to " + url + ": " + e.getMessage(), e);
        }
    }

    private RecordPage toPage(ListRecordsResponse response, String url, Optional<String> sentToken) {
        Optional<OaiError> error = response.errors().stream().filter(e -> !e.noRecordsMatch()).findFirst();
        if (error.isPresent()) {
            throw OaiErrors.listRecordsFailure(source.id(), error.get(), url, source.metadataPrefix(), currentSet, sentToken);
        }
        if (!response.errors().isEmpty()) {
            // noRecordsMatch: nothing in this list, which is an answer rather than a failure.
            return new RecordPage(List.of(), Optional.empty(), Optional.of(0L));
        }
        response.resumptionToken().ifPresent(token -> {
            if (!tokensSeen.add(token)) {
                throw OerfedException.source(source.id(), "resumption token '" + token
                        + "' came back a second time at " + url + "; the list would never end", null);
            }
        });
        List<HarvestedRecord> records = response.records().stream()
                .map(entry -> new HarvestedRecord(source.id(), entry.identifier(), entry.datestamp(), entry.sets(),
                        source.metadataPrefix(), entry.metadata()))
                .toList();
        return new RecordPage(records, response.resumptionToken(), response.completeListSize());
    }
}
