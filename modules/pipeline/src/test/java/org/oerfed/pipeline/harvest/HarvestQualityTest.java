package org.oerfed.pipeline.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.harvest.HarvestMode;
import org.oerfed.core.harvest.Harvester;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.harvest.QualitySummary;
import org.oerfed.core.harvest.RunStatus;
import org.oerfed.core.harvest.SourceQuality;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.normalise.HardenedXml;
import org.oerfed.graph.normalise.LanguageCodes;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.normalise.OaiDcNormaliser;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.projection.ConceptCatalogue;
import org.oerfed.graph.projection.SearchDocumentProjection;
import org.oerfed.graph.projection.SourceCountries;
import org.oerfed.harvest.oaipmh.OaiPmhHarvester;
import org.oerfed.harvest.oaipmh.OaiPmhSettings;
import org.oerfed.index.lucene.LuceneSearchIndex;
import org.oerfed.samplepartner.SampleCatalogue;
import org.oerfed.samplepartner.SamplePartner;
import org.oerfed.store.files.FileDeadLetters;
import org.oerfed.store.files.FileHarvestCheckpoints;
import org.oerfed.store.files.FileHarvestRunLog;
import org.oerfed.store.tdb2.Tdb2GraphStore;

/**
 * Validation and quality on a real harvest: the sample partner's bundled catalogue over OAI-PMH, XOAI, TDB2,
 * Lucene and the file-based harvest state.
 */
class HarvestQualityTest {
    /** The records are not linked to concepts: a catalogue without any projects them as the service would. */
    private static final SearchDocumentProjection PROJECTION =
            new SearchDocumentProjection(ConceptCatalogue.empty(), SourceCountries.none());
    /** The bundled catalogue: 69 records, 5 of them deleted. */
    private static final int LIVE = 64;

    @TempDir
    Path dir;
    private Tdb2GraphStore store;
    private LuceneSearchIndex index;
    private FileHarvestRunLog runs;
    private RecordIngester ingester;

    @BeforeEach
    void open() {
        store = Tdb2GraphStore.open(dir.resolve("tdb2"));
        index = new LuceneSearchIndex(dir.resolve("lucene"));
        runs = new FileHarvestRunLog(dir.resolve("harvest"));
        RecordGraphBuilder graphs = new RecordGraphBuilder(new ResourceIds(URI.create("https://oer.example.org/")),
                List.of(new OaiDcNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris())), Clock.systemUTC());
        ingester = new RecordIngester(graphs, store, PROJECTION, index, new FileDeadLetters(dir.resolve("harvest")),
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        index.close();
        store.close();
    }

    @Test
    void aRunStoresEachRecordsFindingsWithItAndLeavesTheSourcesQualityBesideItsRuns() throws Exception {
        try (SamplePartner partner = SamplePartner.start(SampleCatalogue.bundled(), 0, 25)) {
            HarvestRun run = harvest(partner);

            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            SourceQuality quality = runs.quality("partner").orElseThrow();
            assertThat(dir.resolve("harvest/partner/quality.json")).isRegularFile();
            assertThat(quality.records()).isEqualTo(LIVE);
            assertThat(quality.validatedRecords()).isEqualTo(LIVE);
            assertThat(quality.completeness().get("name").share()).isEqualTo(1.0);
            // "two records without rights", and a licence given as text naming none stays dct:rights
            assertThat(quality.completeness().get("licence").records()).isBetween(1L, LIVE - 2L);
            assertThat(quality.language().records()).isPositive();
            assertThat(quality.recordsBySeverity().get("Violation")).isZero();
            assertThat(quality.violations()).anySatisfy(f -> assertThat(f.shape()).endsWith("#licence"));
            assertThat(quality.unmapped().get("learningResourceType").values()).isNotEmpty();

            QualitySummary summary = run.quality().orElseThrow();
            assertThat(summary.records()).isEqualTo(LIVE);
            assertThat(summary.recordsWithWarnings()).isEqualTo(quality.recordsBySeverity().get("Warning"));
            assertThat(summary.computedAt()).isEqualTo(quality.computedAt());

            // each record's findings are in its own graph, reachable over SPARQL
            assertThat(count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { "
                    + "?g <https://w3id.org/oerfed/ns#validatedAgainst> <https://w3id.org/oerfed/shapes/record> } }")).isEqualTo(LIVE);
            assertThat(count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { "
                    + "?g <https://w3id.org/oerfed/ns#failsShape> <https://w3id.org/oerfed/shapes#licence> } }"))
                    .isEqualTo(quality.completeness().get("licence").records() == LIVE ? 0 : LIVE - quality.completeness().get("licence").records());

            // a later run that changes nothing still measures, and its report says so
            HarvestRun again = harvest(partner);
            assertThat(again.runId()).isNotEqualTo(run.runId());
            assertThat(again.quality()).hasValueSatisfying(q -> assertThat(q.records()).isEqualTo(LIVE));
            assertThat(runs.quality("partner").orElseThrow().computedAt()).isAfterOrEqualTo(quality.computedAt());
        }
    }

    @Test
    void aRunThatFailsAfterCommittingPagesStillMeasuresWhatItStored() throws Exception {
        try (SamplePartner partner = SamplePartner.start(SampleCatalogue.bundled(), 0, 25)) {
            HarvestRun run = harvest(partner, new StoppingHarvester(realHarvester(), 1, "connection reset (simulated)"));

            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.counts().pages()).isEqualTo(1);
            long stored = run.counts().added();
            assertThat(stored).isPositive();
            assertThat(run.quality()).hasValueSatisfying(q -> assertThat(q.records()).isEqualTo(stored));
            assertThat(runs.quality("partner").orElseThrow().records()).isEqualTo(stored);
        }
    }

    private HarvestRun harvest(SamplePartner partner) throws Exception {
        return harvest(partner, realHarvester());
    }

    private static Harvester realHarvester() {
        return new OaiPmhHarvester(OaiPmhSettings.defaults().withHostInterval(Duration.ZERO).withRetries(1, Duration.ZERO, Duration.ZERO));
    }

    private HarvestRun harvest(SamplePartner partner, Harvester harvester) throws Exception {
        SourceConfig source = new SourceConfig("partner", "Partner", "FR", SourceType.OAI_PMH, partner.baseUrl(), "oai_dc", List.of(),
                Optional.empty());
        CamelContext camel = new DefaultCamelContext();
        try {
            HarvestRouteBuilder routes = new HarvestRouteBuilder(source, harvester, ingester,
                    new FileHarvestCheckpoints(dir.resolve("harvest")), runs, Clock.systemUTC(),
                    new HarvestPolicy(Duration.ofDays(1), Duration.ofHours(1), 25), new HarvestMetrics(new SimpleMeterRegistry()));
            camel.addRoutes(routes);
            camel.start();
            try (ProducerTemplate producer = camel.createProducerTemplate()) {
                producer.requestBodyAndHeader(routes.harvestEndpoint(), null, HarvestRouteBuilder.MODE_HEADER, HarvestMode.INCREMENTAL);
            }
        } finally {
            camel.stop();
        }
        return runs.latest("partner").orElseThrow();
    }

    private long count(String query) {
        return store.read(dataset -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                return execution.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
