package org.oerfed.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.source.InvalidCharacters;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.ResourceDescriptions;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.merge.ResourceViews;
import org.oerfed.graph.merge.SourcePriorities;
import org.oerfed.graph.normalise.HardenedXml;
import org.oerfed.graph.normalise.LanguageCodes;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.normalise.OaiDcNormaliser;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.projection.ConceptCatalogue;
import org.oerfed.graph.projection.SearchDocumentProjection;
import org.oerfed.graph.projection.SourceCountries;
import org.oerfed.graph.quality.RecordShapes;
import org.oerfed.pipeline.harvest.PageOutcome;
import org.oerfed.pipeline.harvest.RecordIngester;
import org.oerfed.pipeline.index.ResourceIndexer;
import org.oerfed.store.files.FileDeadLetters;

/**
 * Partners whose oai_dc records an ingester stores: records written in a line, the ingester and the index
 * writer wired as the service wires them, and what "the index is the projection of the graph" means.
 */
final class Partners {
    static final ResourceIds IDS = new ResourceIds(URI.create("https://oer.example.org/"));
    static final RecordGraphBuilder GRAPHS = new RecordGraphBuilder(IDS,
            List.of(new OaiDcNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris())), Clock.systemUTC());

    private final Map<String, Integer> priorities = new HashMap<>();
    private final SourcePriorities byConfig = id -> priorities.getOrDefault(id, 0);
    private final Path dir;

    Partners(Path dir) {
        this.dir = dir;
    }

    void prioritise(String sourceId, int priority) {
        priorities.put(sourceId, priority);
    }

    SourceConfig source(String id) {
        return new SourceConfig(id, "Partner " + id, "FR", SourceType.OAI_PMH, URI.create("https://" + id + ".example.org/oai"),
                List.of("oai_dc"), List.of(), Optional.empty(), Set.of(), InvalidCharacters.STRIP, priorities.getOrDefault(id, 0));
    }

    ResourceIndexer indexer(GraphStore store, SearchIndex index) {
        return new ResourceIndexer(store, new ResourceViews(IDS, byConfig), new SearchDocumentProjection(ConceptCatalogue.empty(), SourceCountries.none()), index, IDS);
    }

    RecordIngester ingester(GraphStore store, ResourceIndexer indexer) {
        return new RecordIngester(GRAPHS, store, indexer, new FileDeadLetters(dir.resolve("harvest")), Clock.systemUTC(), RecordShapes.bundled());
    }

    /** A live oai_dc record. */
    static HarvestedRecord record(String sourceId, String identifier, Instant datestamp, String title, String... identifiers) {
        StringBuilder xml = new StringBuilder("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title xml:lang=\"en\">").append(title).append("</dc:title>")
                .append("<dc:description xml:lang=\"en\">About ").append(title).append("</dc:description><dc:language>en</dc:language>");
        for (String id : identifiers) xml.append("<dc:identifier>").append(id.replace("&", "&amp;")).append("</dc:identifier>");
        xml.append("</oai_dc:dc>");
        return new HarvestedRecord(sourceId, identifier, datestamp, List.of(), "oai_dc", Optional.of(xml.toString()));
    }

    static HarvestedRecord deleted(String sourceId, String identifier, Instant datestamp) {
        return HarvestedRecord.deleted(sourceId, identifier, datestamp, List.of(), "oai_dc");
    }

    PageOutcome ingest(RecordIngester ingester, String sourceId, HarvestedRecord... records) {
        return ingester.ingest(source(sourceId), new RecordPage(List.of(records), Optional.empty(), Optional.empty()), "run", false);
    }

    static String resourceId(String sourceId, String identifier) {
        return IDS.resourceId(sourceId, identifier);
    }

    /** Every document the index holds, by id. */
    static Map<String, SearchDocument> indexed(SearchIndex index) {
        Map<String, SearchDocument> documents = new HashMap<>();
        for (int page = 1; ; page++) {
            List<SearchDocument> hits = index.search(SearchQuery.text("").withPage(page, SearchQuery.MAX_SIZE)).documents();
            hits.forEach(h -> documents.put(h.id(), h));
            if (hits.size() < SearchQuery.MAX_SIZE) return documents;
        }
    }

    /** What the index should hold: every resource of the graph, projected from all its records. */
    Map<String, SearchDocument> projectionOfGraph(GraphStore store) {
        ResourceViews views = new ResourceViews(IDS, byConfig);
        SearchDocumentProjection projection = new SearchDocumentProjection(ConceptCatalogue.empty(), SourceCountries.none());
        return store.read(dataset -> {
            Map<String, SearchDocument> documents = new HashMap<>();
            List<String> resources = new ArrayList<>(new ResourceDescriptions(store, IDS).resourceUris(dataset));
            for (String uri : resources) {
                views.view(dataset, uri).map(projection::project).ifPresent(d -> documents.put(d.id(), d));
            }
            return documents;
        });
    }
}
