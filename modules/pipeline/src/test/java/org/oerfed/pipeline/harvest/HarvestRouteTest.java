package org.oerfed.pipeline.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.harvest.RunStatus;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.normalise.HardenedXml;
import org.oerfed.graph.normalise.LanguageCodes;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.normalise.OaiDcNormaliser;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.projection.SearchDocumentProjection;
import org.oerfed.harvest.oaipmh.OaiPmhHarvester;
import org.oerfed.harvest.oaipmh.OaiPmhSettings;
import org.oerfed.index.lucene.LuceneSearchIndex;
import org.oerfed.samplepartner.SampleCatalogue;
import org.oerfed.samplepartner.SamplePartner;
import org.oerfed.store.tdb2.Tdb2GraphStore;

/**
 * The harvest route on real parts: an in-process OAI-PMH provider (several pages of resumption tokens,
 * deleted records), XOAI, TDB2 and Lucene.
 */
class HarvestRouteTest {
    private static final int RECORDS = 25;
    private static final int DELETE_EVERY = 7;
    private static final int PAGE_SIZE = 10;
    private static final Duration HARVEST_DEADLINE = Duration.ofMinutes(1);
    private static final ResourceIds IDS = new ResourceIds(URI.create("https://oer.example.org/"));

    @TempDir
    Path dir;
    private Tdb2GraphStore store;
    private LuceneSearchIndex index;
    private RecordIngester ingester;

    @BeforeEach
    void open() {
        store = Tdb2GraphStore.open(dir.resolve("tdb2"));
        index = new LuceneSearchIndex(dir.resolve("lucene"));
        RecordGraphBuilder graphs = new RecordGraphBuilder(IDS,
                List.of(new OaiDcNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris())), Clock.systemUTC());
        ingester = new RecordIngester(graphs, store, new SearchDocumentProjection(), index);
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    @Test
    void storesEveryLiveRecordOnceAcrossPagesAndSkipsDeletedOnes() throws Exception {
        SampleCatalogue catalogue = SampleCatalogue.generated(RECORDS, DELETE_EVERY);
        try (SamplePartner partner = SamplePartner.start(catalogue, 0, PAGE_SIZE)) {
            HarvestRun run = harvest(source(partner));

            int live = RECORDS - RECORDS / DELETE_EVERY;
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.pages()).isEqualTo(3);
            assertThat(run.stored()).isEqualTo(live);
            assertThat(run.deleted()).isEqualTo(RECORDS / DELETE_EVERY);
            assertThat(resourcesInGraph()).isEqualTo(live);
            assertThat(recordGraphs()).isEqualTo(live);
            assertThat(index.count()).isEqualTo(live);
            assertThat(indexed(SampleCatalogue.generatedIdentifier(DELETE_EVERY))).isFalse();
            assertThat(indexed(SampleCatalogue.generatedIdentifier(1))).isTrue();
        }
    }

    @Test
    void harvestingAgainChangesNothingAndALaterDeletionRemovesGraphAndDocument() throws Exception {
        try (SamplePartner before = SamplePartner.start(SampleCatalogue.generated(RECORDS, 0), 0, PAGE_SIZE)) {
            harvest(source(before));
            harvest(source(before));
        }
        assertThat(resourcesInGraph()).isEqualTo(RECORDS);
        assertThat(index.count()).isEqualTo(RECORDS);

        // the same source, now saying every 7th record is deleted
        try (SamplePartner after = SamplePartner.start(SampleCatalogue.generated(RECORDS, DELETE_EVERY), 0, PAGE_SIZE)) {
            harvest(source(after));
        }
        assertThat(resourcesInGraph()).isEqualTo(RECORDS - RECORDS / DELETE_EVERY);
        assertThat(index.count()).isEqualTo(RECORDS - RECORDS / DELETE_EVERY);
        assertThat(indexed(SampleCatalogue.generatedIdentifier(DELETE_EVERY))).isFalse();
        assertThat(store.recordGraph(IDS.recordGraphUri(IDS.resourceId("partner", SampleCatalogue.generatedIdentifier(DELETE_EVERY)))))
                .isEmpty();
    }

    @Test
    void anUnreachableSourceFailsTheRunAndKeepsWhatWasStored() throws Exception {
        try (SamplePartner partner = SamplePartner.start(SampleCatalogue.generated(RECORDS, 0), 0, PAGE_SIZE)) {
            harvest(source(partner));
        }
        // the partner is gone: its port refuses connections now
        SourceConfig gone = new SourceConfig("partner", "Partner", "FR", SourceType.OAI_PMH,
                URI.create("http://127.0.0.1:1/oai"), "oai_dc", List.of(), Optional.empty());

        HarvestRun run = harvest(gone);

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.errors()).singleElement().asString().contains("partner").contains("127.0.0.1:1");
        assertThat(resourcesInGraph()).isEqualTo(RECORDS);
        assertThat(index.count()).isEqualTo(RECORDS);
    }

    private HarvestRun harvest(SourceConfig source) throws Exception {
        InMemoryHarvestRunLog runs = new InMemoryHarvestRunLog();
        CamelContext camel = new DefaultCamelContext();
        try {
            camel.addRoutes(new HarvestRouteBuilder(source, new OaiPmhHarvester(OaiPmhSettings.defaults()), ingester, runs,
                    Clock.systemUTC(), Duration.ZERO));
            camel.start();
            // a liveness bound, not a speed target: the run log says when the route has finished
            Instant deadline = Instant.now().plus(HARVEST_DEADLINE);
            while (Instant.now().isBefore(deadline)) {
                Optional<HarvestRun> run = runs.latest(source.id()).filter(r -> r.status() != RunStatus.RUNNING);
                if (run.isPresent()) return run.get();
                Thread.sleep(20);
            }
            throw new AssertionError("the harvest of " + source.url() + " did not finish within " + HARVEST_DEADLINE);
        } finally {
            camel.stop();
        }
    }

    private static SourceConfig source(SamplePartner partner) {
        return new SourceConfig("partner", "Partner", "FR", SourceType.OAI_PMH, partner.baseUrl(), "oai_dc", List.of(), Optional.empty());
    }

    private boolean indexed(String identifier) {
        SearchResult result = index.search(new SearchQuery("", Map.of(Facet.SOURCE, Set.of("partner")), 1, SearchQuery.MAX_SIZE));
        String id = IDS.resourceId("partner", identifier);
        return result.hits().stream().anyMatch(h -> h.id().equals(id));
    }

    private long resourcesInGraph() {
        return count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <http://schema.org/LearningResource> }");
    }

    private long recordGraphs() {
        return count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
    }

    private long count(String query) {
        return store.read(dataset -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                return execution.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
