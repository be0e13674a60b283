package org.oerfed.harvest.oaipmh;

import io.gdcc.xoai.model.oaipmh.verbs.Verb;
import io.gdcc.xoai.serviceprovider.parameters.Parameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.DeletedRecords;
import org.oerfed.core.harvest.SourceDescription;
import org.oerfed.core.source.SourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks one source about itself: Identify, ListMetadataFormats and ListSets. */
final class SourceDescriber {

    /**
     * The most ListSets pages read. Some repositories have tens of thousands of sets (Zenodo: one per
     * community), which at one polite request a second would take minutes for a list OERfed only shows.
     */
    static final int MAX_SET_PAGES = 50;

    private static final Logger LOG = LoggerFactory.getLogger(SourceDescriber.class);
    private static final String SECONDS_GRANULARITY = "YYYY-MM-DDThh:mm:ssZ";
    private static final String DAY_GRANULARITY = "YYYY-MM-DD";

    /**
     * What Identify says that matters to harvesting.
     *
     * @param earliestDatestamp  the oldest datestamp, if given
     * @param deletedRecords     the deletion policy
     * @param secondsGranularity whether datestamps go to the second
     */
    record Identity(Optional<Instant> earliestDatestamp, DeletedRecords deletedRecords, boolean secondsGranularity) {
    }

    private final OaiPmhEndpoint endpoint;

    SourceDescriber(OaiPmhEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * @throws OerfedException SETUP when the partner offers none of the configured metadata prefix, or has
     *                         no sets while sets are configured; SOURCE when it answers out of protocol
     */
    SourceDescription describe() {
        SourceConfig source = endpoint.source();
        Identity identity = identify();
        List<String> prefixes = metadataPrefixes();
        // the configured formats are in order of preference, the richest first
        String chosen = source.metadataPrefixes().stream().filter(prefixes::contains).findFirst()
                .orElseThrow(() -> new OerfedException(Fault.SETUP, source.id(), null, "the partner offers none of the configured "
                        + "metadata prefixes " + source.metadataPrefixes() + "; it offers " + prefixes));
        Optional<List<String>> sets = sets();
        if (sets.isEmpty() && !source.sets().isEmpty()) {
            throw new OerfedException(Fault.SETUP, source.id(), null, "the partner has no sets, but sets "
                    + source.sets() + " are configured");
        }
        return new SourceDescription(identity.earliestDatestamp(), identity.deletedRecords(),
                identity.secondsGranularity(), prefixes, sets.orElse(List.of()), chosen);
    }

    /**
     * Identify alone.
     *
     * @throws OerfedException SOURCE when the answer is an error, or its earliestDatestamp unreadable
     */
    Identity identify() {
        Parameters request = Parameters.parameters().withVerb(Verb.Type.Identify);
        OaiDocument identify = read(request, "Identify");
        String sourceId = endpoint.source().id();
        String url = endpoint.urlOf(request);
        Optional<String> earliestText = identify.text("earliestDatestamp").filter(t -> !t.isEmpty());
        Optional<Instant> earliest = earliestText.map(text -> Datestamps.parse(text).orElseThrow(() ->
                OerfedException.source(sourceId, "Identify at " + url + " gives earliestDatestamp '" + text
                        + "', which is neither YYYY-MM-DD nor YYYY-MM-DDThh:mm:ssZ", null)));
        String granularity = identify.text("granularity").orElse("");
        boolean seconds = granularity.equals(SECONDS_GRANULARITY);
        if (!seconds && !granularity.equals(DAY_GRANULARITY)) {
            // Asking by day never misses a record, only fetches a little more.
            LOG.warn("source '{}': Identify at {} declares granularity '{}'; harvesting by day", sourceId, url, granularity);
        }
        return new Identity(earliest, deletedRecords(identify.text("deletedRecord").orElse(""), sourceId, url), seconds);
    }

    private static DeletedRecords deletedRecords(String text, String sourceId, String url) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "persistent" -> DeletedRecords.PERSISTENT;
            case "transient" -> DeletedRecords.TRANSIENT;
            case "no" -> DeletedRecords.NO;
            default -> {
                // Assume the least: deletions are not reported, so only full harvests see them.
                LOG.warn("source '{}': Identify at {} declares deletedRecord '{}'; assuming 'no'", sourceId, url, text);
                yield DeletedRecords.NO;
            }
        };
    }

    private List<String> metadataPrefixes() {
        OaiDocument formats = read(Parameters.parameters().withVerb(Verb.Type.ListMetadataFormats), "ListMetadataFormats",
                "noMetadataFormats");
        return formats.texts("metadataPrefix");
    }

    /** The set specs; empty if the partner has no set hierarchy. */
    private Optional<List<String>> sets() {
        List<String> specs = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        Parameters request = Parameters.parameters().withVerb(Verb.Type.ListSets);
        for (int page = 1; ; page++) {
            OaiDocument sets = read(request, "ListSets", "noSetHierarchy");
            if (!sets.errors().isEmpty()) {
                return Optional.empty();
            }
            specs.addAll(sets.texts("setSpec"));
            Optional<String> token = sets.resumptionToken();
            if (token.isEmpty()) {
                return Optional.of(specs);
            }
            if (!tokens.add(token.get()) || page == MAX_SET_PAGES) {
                LOG.warn("source '{}': read the first {} sets of ListSets only ({} pages)", endpoint.source().id(),
                        specs.size(), page);
                return Optional.of(specs);
            }
            request = Parameters.parameters().withVerb(Verb.Type.ListSets).withResumptionToken(token.get());
        }
    }

    /** Fetches and parses; an error answer other than {@code tolerated} is a SOURCE fault. */
    private OaiDocument read(Parameters request, String verb, String... tolerated) {
        String url = endpoint.urlOf(request);
        String sourceId = endpoint.source().id();
        OaiResponseIntake.Accepted accepted = endpoint.fetch(request);
        OaiDocument document;
        try {
            document = OaiDocument.parse(accepted.xml());
        } catch (UntrustedXmlException e) {
            throw OerfedException.source(sourceId, "refused the response to " + url + ": " + e.getMessage(), e);
        }
        for (OaiError error : document.errors()) {
            if (!List.of(tolerated).contains(error.code())) {
                throw OaiErrors.unexpected(sourceId, error, url);
            }
        }
        if (document.errors().isEmpty() && !accepted.answer().equals(verb)) {
            throw OerfedException.source(sourceId, "answered " + describe(accepted.answer()) + " to " + verb + " at " + url, null);
        }
        return document;
    }

    static String describe(String answer) {
        return answer.isEmpty() ? "an OAI-PMH document without answer" : answer;
    }
}
