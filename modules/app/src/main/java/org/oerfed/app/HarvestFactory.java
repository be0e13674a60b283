package org.oerfed.app;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import org.oerfed.core.harvest.DeadLetters;
import org.oerfed.core.harvest.HarvestCheckpoints;
import org.oerfed.core.harvest.HarvestRunLog;
import org.oerfed.core.harvest.Harvester;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.IndexJournal;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.merge.ResourceViews;
import org.oerfed.graph.merge.SourcePriorities;
import org.oerfed.graph.quality.RecordShapes;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.projection.SearchDocumentProjection;
import org.oerfed.harvest.feeds.FeedHarvester;
import org.oerfed.harvest.feeds.FeedSettings;
import org.oerfed.harvest.oaipmh.HarvestPermits;
import org.oerfed.harvest.sitemap.SitemapHarvester;
import org.oerfed.harvest.sitemap.SitemapSettings;
import org.oerfed.harvest.oaipmh.HostThrottle;
import org.oerfed.harvest.oaipmh.OaiPmhHarvester;
import org.oerfed.harvest.oaipmh.OaiPmhSettings;
import org.oerfed.pipeline.harvest.HarvestMetrics;
import org.oerfed.pipeline.harvest.HarvestPolicy;
import org.oerfed.pipeline.harvest.RecordIngester;
import org.oerfed.pipeline.index.IndexCatchUp;
import org.oerfed.pipeline.index.ResourceIndexer;
import org.oerfed.pipeline.source.SourceFolder;
import org.oerfed.store.files.FileDeadLetters;
import org.oerfed.store.files.FileHarvestCheckpoints;
import org.oerfed.store.files.FileHarvestRunLog;

/** The harvest side: the configured sources, the harvesters, the harvest state and the ingester. */
@Factory
class HarvestFactory {

    /** Read eagerly at startup, so that a bad source file stops the service with a message naming it. */
    @Singleton
    @Bean
    @Context
    SourceFolder configuredSources(OerfedSettings settings) {
        return new SourceFolder(settings.sourcesDir());
    }

    /** How long a harvest waits for a free slot among {@code max-concurrent} before it fails. */
    private static final Duration PERMIT_WAIT = Duration.ofMinutes(30);

    @Singleton
    Harvester oaiPmhHarvester(HarvestSettings settings) {
        OaiPmhSettings defaults = OaiPmhSettings.defaults();
        return new OaiPmhHarvester(defaults
                .withUserAgent("OERfed/0.1 (OAI-PMH harvester; mailto:" + settings.contact() + ")")
                .withConnectTimeout(settings.connectTimeout())
                .withRequestTimeout(settings.requestTimeout())
                .withHostInterval(settings.hostInterval())
                .withRetries(settings.maxAttempts(), defaults.retryBaseDelay(), defaults.retryMaxDelay()),
                new HostThrottle(), new HarvestPermits(settings.maxConcurrent(), PERMIT_WAIT));
    }

    @Singleton
    Harvester feedHarvester(HarvestSettings settings) {
        return new FeedHarvester(new FeedSettings(settings.connectTimeout(), settings.requestTimeout(),
                "OERfed/0.1 (feed harvester; mailto:" + settings.contact() + ")", FeedSettings.defaults().maxResponseBytes()));
    }

    @Singleton
    Harvester sitemapHarvester(HarvestSettings settings) {
        SitemapSettings defaults = SitemapSettings.defaults();
        return new SitemapHarvester(defaults
                .withUserAgent("OERfed/0.1 (sitemap harvester; mailto:" + settings.contact() + ")")
                .withMinDelayPerHost(settings.hostInterval()));
    }

    @Singleton
    HarvestCheckpoints checkpoints(OerfedSettings settings) {
        return new FileHarvestCheckpoints(stateFolder(settings));
    }

    @Singleton
    HarvestRunLog harvestRunLog(OerfedSettings settings) {
        return new FileHarvestRunLog(stateFolder(settings));
    }

    @Singleton
    DeadLetters deadLetters(OerfedSettings settings) {
        return new FileDeadLetters(stateFolder(settings));
    }

    @Singleton
    HarvestPolicy harvestPolicy(HarvestSettings settings) {
        return new HarvestPolicy(settings.startupDelay(), settings.overlap(), settings.commitEvery());
    }

    @Singleton
    HarvestMetrics harvestMetrics(MeterRegistry registry) {
        return new HarvestMetrics(registry);
    }

    /** One for the ingester and the catch-up pass: their index writes must not interleave. */
    @Singleton
    ResourceIndexer resourceIndexer(GraphStore store, ResourceIds ids, ResourceViews views, SearchDocumentProjection projection,
                                    SearchIndex index) {
        return new ResourceIndexer(store, views, projection, index, ids);
    }

    @Singleton
    ResourceViews resourceViews(ResourceIds ids, SourcePriorities priorities) {
        return new ResourceViews(ids, priorities);
    }

    @Singleton
    IndexJournal indexJournal(GraphStore store) {
        return new IndexJournal(store);
    }

    @Singleton
    IndexCatchUp indexCatchUp(IndexJournal journal, ResourceIndexer indexer) {
        return new IndexCatchUp(journal, indexer);
    }

    /** Read at every projection, so that a priority changed through the admin API applies from then on. */
    @Singleton
    SourcePriorities sourcePriorities(SourceFolder sources) {
        return sourceId -> sources.source(sourceId).map(SourceConfig::priority).orElse(0);
    }

    @Singleton
    RecordIngester recordIngester(RecordGraphBuilder graphs, GraphStore store, ResourceIndexer indexer, DeadLetters deadLetters, Clock clock) {
        return new RecordIngester(graphs, store, indexer, deadLetters, clock, RecordShapes.bundled());
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    private static Path stateFolder(OerfedSettings settings) {
        return settings.dataDir().resolve("harvest");
    }
}
