package org.oerfed.app;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.oerfed.core.harvest.HarvestRunLog;
import org.oerfed.core.harvest.Harvester;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.projection.SearchDocumentProjection;
import org.oerfed.harvest.oaipmh.OaiPmhHarvester;
import org.oerfed.harvest.oaipmh.OaiPmhSettings;
import org.oerfed.pipeline.harvest.InMemoryHarvestRunLog;
import org.oerfed.pipeline.harvest.RecordIngester;
import org.oerfed.pipeline.source.SourceFiles;

/** The harvest side: the configured sources, the harvesters and the ingester they feed. */
@Factory
class HarvestFactory {

    /** Read eagerly at startup, so that a bad source file stops the service with a message naming it. */
    @Singleton
    @Bean
    @io.micronaut.context.annotation.Context
    ConfiguredSources configuredSources(OerfedSettings settings) {
        return new ConfiguredSources(new SourceFiles().load(settings.sourcesDir()));
    }

    @Singleton
    Harvester oaiPmhHarvester(HarvestSettings settings) {
        return new OaiPmhHarvester(OaiPmhSettings.defaults()
                .withUserAgent("OERfed/0.1 (OAI-PMH harvester; mailto:" + settings.contact() + ")")
                .withConnectTimeout(settings.connectTimeout())
                .withRequestTimeout(settings.requestTimeout()));
    }

    @Singleton
    HarvestRunLog harvestRunLog() {
        return new InMemoryHarvestRunLog();
    }

    @Singleton
    RecordIngester recordIngester(RecordGraphBuilder graphs, GraphStore store, SearchDocumentProjection projection, SearchIndex index) {
        return new RecordIngester(graphs, store, projection, index);
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The sources read from the sources folder at startup. */
    record ConfiguredSources(List<SourceConfig> sources) {
    }
}
