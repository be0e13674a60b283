package org.oerfed.pipeline.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestCheckpoint;
import org.oerfed.core.harvest.HarvestMode;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.harvest.Harvester;
import org.oerfed.core.harvest.RunStatus;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SortOrder;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.ForwardingGraphStore;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.IndexJournal;
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
import org.oerfed.harvest.oaipmh.OaiPmhHarvester;
import org.oerfed.harvest.oaipmh.OaiPmhSettings;
import org.oerfed.index.lucene.LuceneSearchIndex;
import org.oerfed.pipeline.FailingSearchIndex;
import org.oerfed.pipeline.index.IndexCatchUp;
import org.oerfed.pipeline.index.ResourceIndexer;
import org.oerfed.samplepartner.DcValue;
import org.oerfed.samplepartner.PartnerBehaviour;
import org.oerfed.samplepartner.SampleCatalogue;
import org.oerfed.samplepartner.SamplePartner;
import org.oerfed.samplepartner.SampleRecord;
import org.oerfed.store.files.FileDeadLetters;
import org.oerfed.store.files.FileHarvestCheckpoints;
import org.oerfed.store.files.FileHarvestRunLog;
import org.oerfed.store.tdb2.Tdb2GraphStore;

/**
 * The harvest route on real parts: an in-process OAI-PMH provider (pages of resumption tokens, deleted
 * records), XOAI, TDB2, Lucene and the file-based harvest state.
 */
class HarvestRouteTest {
    /** The records are not linked to concepts: a catalogue without any projects them as the service would. */
    private static final SearchDocumentProjection PROJECTION =
            new SearchDocumentProjection(ConceptCatalogue.empty(), SourceCountries.none());
    private static final int RECORDS = 25;
    private static final int DELETE_EVERY = 7;
    private static final int PAGE_SIZE = 10;
    /** Commits gather pages: with 15, pages 1 and 2 are committed together, page 3 alone at the end. */
    private static final int COMMIT_EVERY = 15;
    private static final ResourceIds IDS = new ResourceIds(URI.create("https://oer.example.org/"));

    @TempDir
    Path dir;
    private Tdb2GraphStore store;
    private LuceneSearchIndex index;
    private FileHarvestCheckpoints checkpoints;
    private FileHarvestRunLog runs;
    private FileDeadLetters deadLetters;
    private RecordIngester ingester;

    @BeforeEach
    void open() {
        store = Tdb2GraphStore.open(dir.resolve("tdb2"));
        index = new LuceneSearchIndex(dir.resolve("lucene"));
        checkpoints = new FileHarvestCheckpoints(dir.resolve("harvest"));
        runs = new FileHarvestRunLog(dir.resolve("harvest"));
        deadLetters = new FileDeadLetters(dir.resolve("harvest"));
        RecordGraphBuilder graphs = new RecordGraphBuilder(IDS,
                List.of(new OaiDcNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris())), Clock.systemUTC());
        ingester = new RecordIngester(graphs, store, PROJECTION, index, deadLetters, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    @Test
    void firstRunIsFullAndStoresEveryLiveRecordOnceAcrossPages() throws Exception {
        try (SamplePartner partner = SamplePartner.start(SampleCatalogue.generated(RECORDS, DELETE_EVERY), 0, PAGE_SIZE)) {
            HarvestRun run = harvest(source(partner), HarvestMode.INCREMENTAL, realHarvester());

            int live = RECORDS - RECORDS / DELETE_EVERY;
            assertThat(run.mode()).isEqualTo(HarvestMode.FULL);
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.counts()).isEqualTo(new HarvestRun.Counts(3, live, 0, 0, 0, 0));
            assertThat(resourcesInGraph()).isEqualTo(live);
            assertThat(recordGraphs()).isEqualTo(live);
            assertThat(index.count()).isEqualTo(live);
            assertThat(indexed(SampleCatalogue.generatedIdentifier(DELETE_EVERY))).isFalse();
            HarvestCheckpoint checkpoint = checkpoints.load("partner");
            assertThat(checkpoint.harvestedUntil()).isPresent();
            assertThat(checkpoint.inProgress()).isEmpty();
        }
    }

    @Test
    void laterRunsAreIncrementalAndAFullRunSeesUnchangedRecordsWithoutRewritingThem() throws Exception {
        try (SamplePartner partner = SamplePartner.start(SampleCatalogue.generated(RECORDS, 0), 0, PAGE_SIZE)) {
            harvest(source(partner), HarvestMode.INCREMENTAL, realHarvester());
            // the generated records are dated 2024: nothing changed since the first run
            HarvestRun incremental = harvest(source(partner), HarvestMode.INCREMENTAL, realHarvester());
            HarvestRun full = harvest(source(partner), HarvestMode.FULL, realHarvester());

            assertThat(incremental.mode()).isEqualTo(HarvestMode.INCREMENTAL);
            assertThat(incremental.counts().added() + incremental.counts().updated() + incremental.counts().unchanged()).isZero();
            assertThat(full.counts()).isEqualTo(new HarvestRun.Counts(3, 0, 0, RECORDS, 0, 0));
        }
        assertThat(resourcesInGraph()).isEqualTo(RECORDS);
        assertThat(index.count()).isEqualTo(RECORDS);
    }

    @Test
    void recordsTheSourceMarksDeletedLeaveGraphAndIndex() throws Exception {
        try (SamplePartner before = SamplePartner.start(SampleCatalogue.generated(RECORDS, 0), 0, PAGE_SIZE)) {
            harvest(source(before), HarvestMode.INCREMENTAL, realHarvester());
        }
        // the same source, now saying every 7th record is deleted
        try (SamplePartner after = SamplePartner.start(SampleCatalogue.generated(RECORDS, DELETE_EVERY), 0, PAGE_SIZE)) {
            HarvestRun run = harvest(source(after), HarvestMode.FULL, realHarvester());
            assertThat(run.counts().deleted()).isEqualTo(RECORDS / DELETE_EVERY);
        }
        assertThat(resourcesInGraph()).isEqualTo(RECORDS - RECORDS / DELETE_EVERY);
        assertThat(index.count()).isEqualTo(RECORDS - RECORDS / DELETE_EVERY);
        assertThat(indexed(SampleCatalogue.generatedIdentifier(DELETE_EVERY))).isFalse();
        assertThat(store.recordGraph(IDS.recordGraphUri(IDS.resourceId("partner", SampleCatalogue.generatedIdentifier(DELETE_EVERY)))))
                .isEmpty();
    }

    @Test
    void aFullRunRemovesWhatASourceWithoutPersistentDeletionsNoLongerHas() throws Exception {
        for (PartnerBehaviour.DeletedRecordPolicy policy : List.of(PartnerBehaviour.DeletedRecordPolicy.NO,
                PartnerBehaviour.DeletedRecordPolicy.TRANSIENT)) {
            SourceConfig source = sourceNamed("forgetful-" + policy.name().toLowerCase());
            PartnerBehaviour behaviour = PartnerBehaviour.normal().withDeletedRecords(policy);
            try (SamplePartner before = SamplePartner.start(SampleCatalogue.generated(RECORDS, 0), 0, PAGE_SIZE, behaviour)) {
                harvest(at(source, before), HarvestMode.INCREMENTAL, realHarvester());
            }
            // records 21 to 25 are gone from the source, which never says so
            try (SamplePartner after = SamplePartner.start(SampleCatalogue.generated(20, 0), 0, PAGE_SIZE, behaviour)) {
                HarvestRun full = harvest(at(source, after), HarvestMode.FULL, realHarvester());
                assertThat(full.counts().unchanged()).as(policy.name()).isEqualTo(20);
                assertThat(full.counts().deleted()).as(policy.name()).isEqualTo(5);
            }
            assertThat(countIn(source.id())).as(policy.name()).isEqualTo(20);
        }
        // both sources serve the same catalogue: each of the 20 resources has a record of each
        assertThat(recordGraphs()).isEqualTo(40);
        assertThat(index.count()).isEqualTo(20);
    }

    @Test
    void aSourceWithPersistentDeletionsKeepsWhatItDidNotMarkDeletedAndAnEmptyAnswerRemovesNothing() throws Exception {
        PartnerBehaviour persistent = PartnerBehaviour.normal().withDeletedRecords(PartnerBehaviour.DeletedRecordPolicy.PERSISTENT);
        PartnerBehaviour forgetful = PartnerBehaviour.normal().withDeletedRecords(PartnerBehaviour.DeletedRecordPolicy.NO);
        try (SamplePartner before = SamplePartner.start(SampleCatalogue.generated(RECORDS, 0), 0, PAGE_SIZE, persistent)) {
            harvest(source(before), HarvestMode.INCREMENTAL, realHarvester());
        }
        try (SamplePartner after = SamplePartner.start(SampleCatalogue.generated(20, 0), 0, PAGE_SIZE, persistent)) {
            assertThat(harvest(source(after), HarvestMode.FULL, realHarvester()).counts().deleted()).isZero();
        }
        try (SamplePartner empty = SamplePartner.start(SampleCatalogue.generated(0, 0), 0, PAGE_SIZE, forgetful)) {
            assertThat(harvest(source(empty), HarvestMode.FULL, realHarvester()).counts().deleted()).isZero();
        }
        assertThat(resourcesInGraph()).isEqualTo(RECORDS);
    }

    @Test
    void aPausedSourceSkipsItsTimersButRunsOnDemand() throws Exception {
        try (SamplePartner partner = SamplePartner.start(SampleCatalogue.generated(5, 0), 0, PAGE_SIZE)) {
            checkpoints.update("partner", c -> c.withPaused(true));
            CamelContext camel = new DefaultCamelContext();
            try {
                HarvestRouteBuilder routes = new HarvestRouteBuilder(source(partner), realHarvester(), ingester, checkpoints, runs,
                        Clock.systemUTC(), new HarvestPolicy(Duration.ofDays(1), Duration.ofHours(1), COMMIT_EVERY),
                        new HarvestMetrics(new SimpleMeterRegistry()));
                camel.addRoutes(routes);
                camel.start();
                try (ProducerTemplate producer = camel.createProducerTemplate()) {
                    producer.requestBody(routes.harvestEndpoint(), (Object) null); // what a timer sends
                    assertThat(runs.runs("partner")).isEmpty();
                    producer.requestBodyAndHeader(routes.harvestEndpoint(), null, HarvestRouteBuilder.MODE_HEADER, HarvestMode.INCREMENTAL);
                }
            } finally {
                camel.stop();
            }
            assertThat(runs.runs("partner")).singleElement().satisfies(r -> assertThat(r.counts().added()).isEqualTo(5));
            assertThat(checkpoints.load("partner").paused()).isTrue();
        }
    }

    @Test
    void aRunStoppedAfterPageTwoIsResumedAtPageThreeAndEveryRecordIsStoredOnce() throws Exception {
        try (SamplePartner partner = SamplePartner.start(SampleCatalogue.generated(RECORDS, 0), 0, PAGE_SIZE)) {
            HarvestRun stopped = harvest(source(partner), HarvestMode.INCREMENTAL, new StoppingHarvester(realHarvester(), 2, "stopped after page 2"));
            assertThat(stopped.status()).isEqualTo(RunStatus.FAILED);
            assertThat(stopped.counts().pages()).isEqualTo(2);
            assertThat(checkpoints.load("partner").inProgress()).hasValueSatisfying(p -> {
                assertThat(p.pagesDone()).isEqualTo(2);
                assertThat(p.request().resumptionToken()).isPresent();
            });
            assertThat(resourcesInGraph()).isEqualTo(2 * PAGE_SIZE);

            HarvestRun resumed = harvest(source(partner), HarvestMode.INCREMENTAL, realHarvester());

            assertThat(resumed.mode()).isEqualTo(HarvestMode.FULL);
            assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(resumed.counts()).isEqualTo(new HarvestRun.Counts(1, RECORDS - 2 * PAGE_SIZE, 0, 0, 0, 0));
        }
        assertThat(resourcesInGraph()).isEqualTo(RECORDS);
        assertThat(recordGraphs()).isEqualTo(RECORDS);
        assertThat(index.count()).isEqualTo(RECORDS);
        assertThat(checkpoints.load("partner").inProgress()).isEmpty();
    }

    @Test
    void aBatchTheGraphStoreRefusesReachesNeitherGraphNorIndexAndIsRedoneByTheResumedRun() throws Exception {
        RecordGraphBuilder graphs = new RecordGraphBuilder(IDS,
                List.of(new OaiDcNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris())), Clock.systemUTC());
        // the graph store fails on the second commit
        GraphStore failingOnce = new ForwardingGraphStore(store) {
            private int commits;

            @Override
            public GraphChanges apply(Function<Dataset, GraphChanges> planner) {
                if (++commits == 2) throw OerfedException.setup("disk full (simulated)", null);
                return super.apply(planner);
            }

            /** The test closes the real store. */
            @Override
            public void close() {
            }
        };
        RecordIngester cutOff = new RecordIngester(graphs, failingOnce, PROJECTION, index, deadLetters, Clock.systemUTC());
        try (SamplePartner partner = SamplePartner.start(SampleCatalogue.generated(RECORDS, 0), 0, PAGE_SIZE)) {
            HarvestRun failed = harvest(source(partner), HarvestMode.INCREMENTAL, realHarvester(), cutOff);
            assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
            assertThat(resourcesInGraph()).isEqualTo(2 * PAGE_SIZE);
            assertThat(index.count()).isEqualTo(2 * PAGE_SIZE);

            HarvestRun resumed = harvest(source(partner), HarvestMode.INCREMENTAL, realHarvester(), ingester);
            assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(resumed.counts().added()).isEqualTo(RECORDS - 2 * PAGE_SIZE);
        }
        assertThat(resourcesInGraph()).isEqualTo(RECORDS);
        assertThat(index.count()).isEqualTo(RECORDS);
    }

    @Test
    void aSearchIndexThatFailsFailsTheRunAfterTheGraphCommitAndTheCatchUpIndexesWhatItMissed() throws Exception {
        RecordGraphBuilder graphs = new RecordGraphBuilder(IDS,
                List.of(new OaiDcNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris())), Clock.systemUTC());
        // the search engine refuses the second commit's documents
        SearchIndex failingOnce = new FailingSearchIndex(index, 2);
        ResourceIndexer indexer = new ResourceIndexer(store, new ResourceViews(IDS, SourcePriorities.none()), new SearchDocumentProjection(ConceptCatalogue.empty(), SourceCountries.none()),
                failingOnce, IDS);
        RecordIngester withFailingIndex = new RecordIngester(graphs, store, indexer, deadLetters, Clock.systemUTC(), RecordShapes.bundled());
        try (SamplePartner partner = SamplePartner.start(SampleCatalogue.generated(RECORDS, 0), 0, PAGE_SIZE)) {
            HarvestRun failed = harvest(source(partner), HarvestMode.INCREMENTAL, realHarvester(), withFailingIndex);

            assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
            assertThat(failed.message()).hasValueSatisfying(m -> assertThat(m).contains("search index").contains("catch-up"));
            assertThat(resourcesInGraph()).isEqualTo(RECORDS);
            assertThat(index.count()).isEqualTo(2 * PAGE_SIZE);

            // the resumed run finds the last page stored: nothing for it to index
            HarvestRun resumed = harvest(source(partner), HarvestMode.INCREMENTAL, realHarvester(), withFailingIndex);
            assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(resumed.counts().unchanged()).isEqualTo(RECORDS - 2 * PAGE_SIZE);
            assertThat(index.count()).isEqualTo(2 * PAGE_SIZE);
        }
        assertThat(new IndexCatchUp(new IndexJournal(store), indexer).run()).isEqualTo(RECORDS - 2 * PAGE_SIZE);
        assertThat(index.count()).isEqualTo(RECORDS);
        assertThat(new IndexJournal(store).size()).isZero();
    }

    @Test
    void aRecordThatCannotBeMappedIsReportedAndDeadLetteredWhileTheRestIsStored() throws Exception {
        SampleCatalogue generated = SampleCatalogue.generated(5, 0);
        SampleRecord untitled = new SampleRecord("oai:oer.example.org:untitled", generated.records().get(0).datestamp(), List.of(), false,
                List.of(DcValue.of("description", "a record without a title")));
        List<SampleRecord> records = new java.util.ArrayList<>(generated.records());
        records.add(untitled);
        try (SamplePartner partner = SamplePartner.start(new SampleCatalogue(generated.sets(), records), 0, PAGE_SIZE)) {
            HarvestRun run = harvest(source(partner), HarvestMode.INCREMENTAL, realHarvester());

            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED_WITH_FAILURES);
            assertThat(run.counts().added()).isEqualTo(5);
            assertThat(run.counts().failed()).isEqualTo(1);
            assertThat(runs.errors("partner", run.runId())).singleElement().satisfies(e -> {
                assertThat(e.fault()).isEqualTo(Fault.RECORD);
                assertThat(e.recordIdentifier()).isEqualTo("oai:oer.example.org:untitled");
                assertThat(e.message()).contains("dc:title");
            });
            assertThat(deadLetters.of("partner")).singleElement().satisfies(letter -> {
                assertThat(letter.runId()).isEqualTo(run.runId());
                assertThat(letter.payload()).contains("a record without a title");
            });
        }
    }

    @Test
    void anUnreachableSourceFailsTheRunAndKeepsWhatWasStored() throws Exception {
        try (SamplePartner partner = SamplePartner.start(SampleCatalogue.generated(RECORDS, 0), 0, PAGE_SIZE)) {
            harvest(source(partner), HarvestMode.INCREMENTAL, realHarvester());
        }
        // port 1 refuses connections
        SourceConfig gone = new SourceConfig("partner", "Partner", "FR", SourceType.OAI_PMH,
                URI.create("http://127.0.0.1:1/oai"), "oai_dc", List.of(), Optional.empty());

        HarvestRun run = harvest(gone, HarvestMode.INCREMENTAL, realHarvester());

        assertThat(run).isEqualTo(runs.runs("partner").get(0));
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).hasValueSatisfying(m -> assertThat(m).contains("partner").contains("127.0.0.1:1"));
        assertThat(resourcesInGraph()).isEqualTo(RECORDS);
        assertThat(index.count()).isEqualTo(RECORDS);
    }

    /** Runs one harvest to its end: the direct endpoint answers when the route has finished. */
    private HarvestRun harvest(SourceConfig source, HarvestMode mode, Harvester harvester) throws Exception {
        return harvest(source, mode, harvester, ingester);
    }

    private HarvestRun harvest(SourceConfig source, HarvestMode mode, Harvester harvester, RecordIngester ingester) throws Exception {
        int before = runs.runs(source.id()).size();
        CamelContext camel = new DefaultCamelContext();
        try {
            HarvestRouteBuilder routes = new HarvestRouteBuilder(source, harvester, ingester, checkpoints, runs, Clock.systemUTC(),
                    new HarvestPolicy(Duration.ofDays(1), Duration.ofHours(1), COMMIT_EVERY), new HarvestMetrics(new SimpleMeterRegistry()));
            camel.addRoutes(routes);
            camel.start();
            try (ProducerTemplate producer = camel.createProducerTemplate()) {
                producer.requestBodyAndHeader(routes.harvestEndpoint(), null, HarvestRouteBuilder.MODE_HEADER, mode);
            }
        } finally {
            camel.stop();
        }
        List<HarvestRun> after = runs.runs(source.id());
        assertThat(after).as("a run was recorded").hasSizeGreaterThan(before);
        return after.get(0);
    }

    private static Harvester realHarvester() {
        // no politeness pause or retry backoff against the in-process partner
        return new OaiPmhHarvester(OaiPmhSettings.defaults().withHostInterval(Duration.ZERO).withRetries(1, Duration.ZERO, Duration.ZERO));
    }

    private static SourceConfig sourceNamed(String id) {
        return new SourceConfig(id, "Partner " + id, "FR", SourceType.OAI_PMH, URI.create("http://127.0.0.1:1/oai"), "oai_dc",
                List.of(), Optional.empty());
    }

    private static SourceConfig at(SourceConfig source, SamplePartner partner) {
        return new SourceConfig(source.id(), source.name(), source.country(), source.type(), partner.baseUrl(), source.metadataPrefixes(),
                source.sets(), source.schedule(), source.quirks(), source.invalidCharacters());
    }

    private long countIn(String sourceId) {
        return count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g <https://w3id.org/oerfed/ns#sourceId> \"" + sourceId + "\" } }");
    }

    private static SourceConfig source(SamplePartner partner) {
        return new SourceConfig("partner", "Partner", "FR", SourceType.OAI_PMH, partner.baseUrl(), "oai_dc", List.of(), Optional.empty());
    }

    private boolean indexed(String identifier) {
        String id = IDS.resourceId("partner", identifier);
        SearchQuery ofPartner = new SearchQuery("", "", Map.of(Facet.SOURCE, Set.of("partner")), SortOrder.RELEVANCE, 1,
                SearchQuery.MAX_SIZE, "");
        return index.search(ofPartner).documents().stream().anyMatch(d -> d.id().equals(id));
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
