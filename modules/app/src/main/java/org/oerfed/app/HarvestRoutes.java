package org.oerfed.app;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestRunLog;
import org.oerfed.core.harvest.Harvester;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.pipeline.harvest.HarvestRouteBuilder;
import org.oerfed.pipeline.harvest.RecordIngester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Camel context with one harvest route per configured source, from the moment the HTTP server
 * listens until shutdown.
 */
@Singleton
class HarvestRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(HarvestRoutes.class);
    /** How long shutdown waits for running harvests before it interrupts them. */
    private static final int SHUTDOWN_TIMEOUT_SECONDS = 10;

    private final CamelContext camel = new DefaultCamelContext();
    private final HarvestFactory.ConfiguredSources sources;
    private final Map<SourceType, Harvester> harvesters;
    private final RecordIngester ingester;
    private final HarvestRunLog runs;
    private final HarvestSettings settings;
    private final Clock clock;

    HarvestRoutes(HarvestFactory.ConfiguredSources sources, List<Harvester> harvesters, RecordIngester ingester,
                  HarvestRunLog runs, HarvestSettings settings, Clock clock) {
        this.sources = sources;
        this.harvesters = harvesters.stream().collect(Collectors.toUnmodifiableMap(Harvester::type, Function.identity()));
        this.ingester = ingester;
        this.runs = runs;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        try {
            camel.getShutdownStrategy().setTimeout(SHUTDOWN_TIMEOUT_SECONDS);
            for (SourceConfig source : sources.sources()) {
                Harvester harvester = harvesters.get(source.type());
                if (harvester == null) {
                    throw OerfedException.setup("no harvester speaks '" + source.type().key() + "' for source '" + source.id() + "'", null);
                }
                camel.addRoutes(new HarvestRouteBuilder(source, harvester, ingester, runs, clock, settings.startupDelay()));
            }
            camel.start();
            LOG.info("Harvesting {} source(s): {}", sources.sources().size(),
                    sources.sources().stream().map(SourceConfig::id).toList());
        } catch (Exception e) {
            throw OerfedException.setup("cannot start the harvest routes: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        camel.stop();
    }
}
