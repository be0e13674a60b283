package org.oerfed.graph.normalise;

import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.oerfed.graph.vocab.Schema;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.concepts.RecordEnricher;
import org.oerfed.graph.merge.MatchKeys;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Prov;

/**
 * Builds the named graph of one source record: the resource as the record's format describes it, and the
 * provenance of that description (source, record identifier, datestamp, format, harvest time) and the
 * {@link MatchKeys match keys} under which other sources' records of the same resource are found.
 * The resource is named by the record's own id here; the store's merge may rename it to the resource of an
 * earlier record that shares a key.
 */
public final class RecordGraphBuilder {
    private final ResourceIds ids;
    private final Map<String, Normaliser> normalisers;
    private final List<RecordEnricher> enrichers;
    private final Clock clock;

    /** A builder that only maps: no concept linking, no alignment (tests of one mapper, benchmarks). */
    public RecordGraphBuilder(ResourceIds ids, List<Normaliser> normalisers, Clock clock) {
        this(ids, normalisers, List.of(), clock);
    }

    /**
     * @param enrichers the format-independent steps run, in order, on every resource a normaliser described
     */
    public RecordGraphBuilder(ResourceIds ids, List<Normaliser> normalisers, List<RecordEnricher> enrichers, Clock clock) {
        this.ids = ids;
        this.normalisers = normalisers.stream().collect(Collectors.toUnmodifiableMap(Normaliser::metadataPrefix, Function.identity()));
        this.enrichers = List.copyOf(enrichers);
        this.clock = clock;
    }

    /** The ids and URIs the builder mints. */
    public ResourceIds ids() {
        return ids;
    }

    /** Whether a record in this format can be normalised. */
    public boolean supports(String metadataPrefix) {
        return normalisers.containsKey(metadataPrefix);
    }

    /** The id of the resource a record describes, whether or not it is stored. */
    public String resourceIdOf(HarvestedRecord record) {
        return ids.resourceId(record.sourceId(), record.identifier());
    }

    /** The id of the resource a stored record graph describes. */
    public String resourceIdOfGraph(String graphUri) {
        return ids.resourceIdOfRecordGraph(graphUri)
                .orElseThrow(() -> new IllegalArgumentException("not a record graph of this service: " + graphUri));
    }

    /** The graph URI a record is (or was) stored under. */
    public String graphUriOf(HarvestedRecord record) {
        return ids.recordGraphUri(resourceIdOf(record));
    }

    /**
     * @throws OerfedException RECORD when the metadata cannot be mapped, SETUP when no normaliser reads the
     *                         record's format
     */
    public RecordGraph build(SourceConfig source, HarvestedRecord record) {
        Normaliser normaliser = normalisers.get(record.metadataPrefix());
        if (normaliser == null) {
            throw new OerfedException(org.oerfed.core.error.Fault.SETUP, source.id(), record.identifier(),
                    "no normaliser reads metadata format '" + record.metadataPrefix() + "'; supported: " + normalisers.keySet());
        }
        String resourceId = ids.resourceId(source.id(), record.identifier());
        String graphUri = ids.recordGraphUri(resourceId);
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("schema", Schema.NS);
        model.setNsPrefix("dct", DCTerms.NS);
        model.setNsPrefix("prov", Prov.NS);
        model.setNsPrefix("oerfed", Oerfed.NS);
        Resource resource = model.createResource(ids.resourceUri(resourceId), Schema.LearningResource);
        normaliser.describe(record, resource);
        for (RecordEnricher enricher : enrichers) enricher.enrich(resource);

        Resource recordNode = model.createResource(graphUri, Oerfed.SourceRecord);
        // keys of the description as mapped and enriched: what another source's record would share
        for (String key : MatchKeys.of(resource, source.url())) recordNode.addLiteral(Oerfed.matchKey, model.createLiteral(key));
        recordNode
                .addProperty(RDF.type, Prov.Entity)
                .addProperty(Oerfed.describes, resource)
                .addProperty(Oerfed.source, model.createResource(ids.sourceUri(source.id())))
                .addLiteral(Oerfed.sourceId, model.createLiteral(source.id()))
                .addLiteral(Oerfed.recordIdentifier, model.createLiteral(record.identifier()))
                .addLiteral(Oerfed.metadataFormat, model.createLiteral(record.metadataPrefix()))
                .addLiteral(Oerfed.datestamp, model.createTypedLiteral(calendar(record.datestamp().toEpochMilli())))
                .addLiteral(Prov.generatedAtTime, model.createTypedLiteral(calendar(clock.millis())))
                .addLiteral(Oerfed.lastSeen, model.createTypedLiteral(calendar(clock.millis())));
        return new RecordGraph(resourceId, graphUri, model);
    }

    private static Calendar calendar(long epochMillis) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(epochMillis);
        return calendar;
    }
}
