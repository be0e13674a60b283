package org.oerfed.harvest.oaipmh;

import io.gdcc.xoai.model.oaipmh.verbs.Verb;
import io.gdcc.xoai.serviceprovider.parameters.Parameters;
import io.gdcc.xoai.xmlio.exceptions.XmlReaderException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.source.SourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code ListRecords} pages of one source, fetched one request per {@link #next()}. With several
 * configured sets, each set's list is harvested to its end before the next set's begins; a record in two
 * of them is returned twice.
 */
final class ListRecordsPages implements Iterator<RecordPage> {

    private static final Logger LOG = LoggerFactory.getLogger(ListRecordsPages.class);
    /** OAI-PMH errors that mean the source's configuration asks for something the partner cannot give. */
    private static final Set<String> SETUP_ERRORS = Set.of("badArgument", "cannotDisseminateFormat", "noSetHierarchy");

    private final SourceConfig source;
    private final OaiPmhEndpoint endpoint;
    private final OaiResponseScreen screen;
    private final ListRecordsResponseReader reader;
    /** Sets whose list has not been started; an empty Optional stands for the whole repository. */
    private final Deque<Optional<String>> setsToStart = new ArrayDeque<>();
    private final Set<String> tokensSeen = new HashSet<>();
    private Optional<String> currentSet = Optional.empty();
    private String resumptionToken;

    ListRecordsPages(SourceConfig source, OaiPmhEndpoint endpoint, OaiResponseScreen screen,
                     ListRecordsResponseReader reader) {
        this.source = source;
        this.endpoint = endpoint;
        this.screen = screen;
        this.reader = reader;
        if (source.sets().isEmpty()) {
            setsToStart.add(Optional.empty());
        } else {
            source.sets().forEach(set -> setsToStart.add(Optional.of(set)));
        }
    }

    @Override
    public boolean hasNext() {
        return resumptionToken != null || !setsToStart.isEmpty();
    }

    /**
     * Fetches the next page. The page's resumption token is the token of the current set's list; a page
     * without one ends that list, and {@link #hasNext()} tells whether another set's list follows.
     *
     * @throws OerfedException SETUP when the partner refuses the configured metadata prefix or set,
     *                         SOURCE when it cannot be reached or answers out of protocol
     */
    @Override
    public RecordPage next() {
        if (!hasNext()) {
            throw new NoSuchElementException("source '" + source.id() + "' has no more pages");
        }
        Parameters request = resumptionToken != null ? resumeRequest() : firstRequest();
        String url = endpoint.urlOf(request);
        ListRecordsResponse response = parse(endpoint.fetch(request), url);
        RecordPage page = toPage(response, url);
        resumptionToken = page.resumptionToken().orElse(null);
        LOG.debug("source '{}': {} records from {}", source.id(), page.records().size(), url);
        return page;
    }

    private Parameters firstRequest() {
        currentSet = setsToStart.poll();
        tokensSeen.clear();
        Parameters request = Parameters.parameters()
                .withVerb(Verb.Type.ListRecords)
                .withMetadataPrefix(source.metadataPrefix());
        currentSet.ifPresent(request::withSet);
        return request;
    }

    private Parameters resumeRequest() {
        return Parameters.parameters().withVerb(Verb.Type.ListRecords).withResumptionToken(resumptionToken);
    }

    private ListRecordsResponse parse(byte[] body, String url) {
        try {
            screen.check(body);
            return reader.read(body, "source '" + source.id() + "', " + url);
        } catch (UntrustedXmlException | XmlReaderException e) {
            throw OerfedException.source(source.id(), "refused the response to " + url + ": " + e.getMessage(), e);
        }
    }

    private RecordPage toPage(ListRecordsResponse response, String url) {
        Optional<OaiError> error = response.errors().stream().filter(e -> !e.noRecordsMatch()).findFirst();
        if (error.isPresent()) {
            throw failure(error.get(), url);
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

    private OerfedException failure(OaiError error, String url) {
        if (SETUP_ERRORS.contains(error.code())) {
            String set = currentSet.map(s -> " and set '" + s + "'").orElse("");
            return new OerfedException(Fault.SETUP, source.id(), null, "the partner refuses metadataPrefix '"
                    + source.metadataPrefix() + "'" + set + ": " + error + " at " + url);
        }
        return OerfedException.source(source.id(), "the partner answered " + error + " at " + url, null);
    }
}
