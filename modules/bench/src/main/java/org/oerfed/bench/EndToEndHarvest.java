package org.oerfed.bench;

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
import org.oerfed.core.harvest.HarvestMode;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.apache.jena.rdf.model.Model;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.concepts.ConceptLinker;
import org.oerfed.graph.concepts.IctCftAligner;
import org.oerfed.graph.concepts.IctCftRules;
import org.oerfed.graph.concepts.Vocabularies;
import org.oerfed.graph.normalise.HardenedXml;
import org.oerfed.graph.normalise.LanguageCodes;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.normalise.OaiDcNormaliser;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.projection.ConceptCatalogue;
import org.oerfed.graph.projection.SearchDocumentProjection;
import org.oerfed.harvest.oaipmh.OaiPmhHarvester;
import org.oerfed.harvest.oaipmh.OaiPmhSettings;
import org.oerfed.index.lucene.LuceneSearchIndex;
import org.oerfed.pipeline.harvest.HarvestMetrics;
import org.oerfed.pipeline.harvest.HarvestRouteBuilder;
import org.oerfed.pipeline.harvest.HarvestPolicy;
import org.oerfed.pipeline.harvest.RecordIngester;
import org.oerfed.store.files.FileDeadLetters;
import org.oerfed.store.files.FileHarvestCheckpoints;
import org.oerfed.store.files.FileHarvestRunLog;
import org.oerfed.store.tdb2.Tdb2GraphStore;
import org.oerfed.store.tdb2.Tdb2Settings;

/** One full harvest through the production route: XOAI → normalise → TDB2 → Lucene, with checkpoints. */
final class EndToEndHarvest {

    private static long retainedHeap() {
        // outside the timed part: several collections so that what is left is what is reachable
        for (int i = 0; i < 3; i++) System.gc();
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The classes that hold the most live heap, as the JVM's diagnostic command lists them: what is retained. */
    private static String histogram() {
        try {
            Object text = java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return String.join("\n", String.valueOf(text).lines().limit(16).toList());
        } catch (javax.management.JMException e) {
            return "(no class histogram: " + e.getMessage() + ")";
        }
    }

    /**
     * @param retainedBytes heap still reachable when the harvest has ended but the stores are still open,
     *                      after a full collection: what the harvest keeps, caches included
     */
    record Result(HarvestRun run, double seconds, long retainedBytes, double graphSeconds, double indexSeconds, String histogram) {
    }

    Result run(URI baseUrl, Path dataDir, int commitEvery) throws Exception {
        ResourceIds ids = new ResourceIds(URI.create("http://localhost:8080/"));
        HardenedXml xml = new HardenedXml(1 << 20);
        // the production chain: the mapper, then concept linking and ICT CFT alignment
        Vocabularies vocabularies = Vocabularies.bundled();
        Model concepts = vocabularies.allConcepts();
        RecordGraphBuilder graphs = new RecordGraphBuilder(ids, List.of(new OaiDcNormaliser(xml, new LanguageCodes(), new LicenseUris())),
                List.of(new ConceptLinker(vocabularies, new LicenseUris()), new IctCftAligner(IctCftRules.bundled(), concepts)),
                Clock.systemUTC());
        SourceConfig source = new SourceConfig("bench", "Benchmark partner", "FR", SourceType.OAI_PMH, baseUrl, "oai_dc", List.of(),
                Optional.empty());
        FileHarvestRunLog runs = new FileHarvestRunLog(dataDir.resolve("harvest"));
        try (Tdb2GraphStore store = Tdb2GraphStore.open(dataDir.resolve("tdb2"), Tdb2Settings.defaults());
             LuceneSearchIndex index = new LuceneSearchIndex(dataDir.resolve("lucene"))) {
            TimedStores timed = new TimedStores();
            // the production projection: concept facets and labels in every language, the source's country
            SearchDocumentProjection projection = new SearchDocumentProjection(ConceptCatalogue.of(vocabularies),
                    id -> id.equals(source.id()) ? Optional.of(source.country()) : Optional.empty());
            RecordIngester ingester = new RecordIngester(graphs, timed.graph(store), projection, timed.index(index),
                    new FileDeadLetters(dataDir.resolve("harvest")), Clock.systemUTC());
            // a local partner needs no politeness pause
            OaiPmhHarvester harvester = new OaiPmhHarvester(OaiPmhSettings.defaults().withHostInterval(Duration.ZERO));
            HarvestRouteBuilder routes = new HarvestRouteBuilder(source, harvester, ingester,
                    new FileHarvestCheckpoints(dataDir.resolve("harvest")), runs, Clock.systemUTC(),
                    new HarvestPolicy(Duration.ofDays(365), Duration.ZERO, commitEvery), new HarvestMetrics(new SimpleMeterRegistry()));
            CamelContext camel = new DefaultCamelContext();
            try {
                camel.addRoutes(routes);
                camel.start();
                long start = System.nanoTime();
                try (ProducerTemplate producer = camel.createProducerTemplate()) {
                    producer.requestBodyAndHeader(routes.harvestEndpoint(), null, HarvestRouteBuilder.MODE_HEADER, HarvestMode.FULL);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long retained = retainedHeap();
                return new Result(runs.latest("bench").orElseThrow(), seconds, retained, timed.graphSeconds(), timed.indexSeconds(),
                        histogram());
            } finally {
                camel.stop();
            }
        }
    }
}
