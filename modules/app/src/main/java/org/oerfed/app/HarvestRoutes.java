package org.oerfed.app;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestCheckpoints;
import org.oerfed.core.harvest.HarvestControl;
import org.oerfed.core.harvest.HarvestMode;
import org.oerfed.core.harvest.HarvestRunLog;
import org.oerfed.core.harvest.Harvester;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceRegistry;
import org.oerfed.pipeline.harvest.HarvestMetrics;
import org.oerfed.pipeline.harvest.HarvestRouteBuilder;
import org.oerfed.pipeline.harvest.HarvestPolicy;
import org.oerfed.pipeline.harvest.RecordIngester;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Camel context with one harvest route per configured source, from the moment the HTTP server
 * listens until shutdown, and carries out the operator's harvest commands on it.
 */
@Singleton
class HarvestRoutes implements HarvestControl {
    private static final Logger LOG = LoggerFactory.getLogger(HarvestRoutes.class);
    /** How long shutdown waits for running harvests before it interrupts them; they resume at the next start. */
    private static final int SHUTDOWN_TIMEOUT_SECONDS = 10;

    private final CamelContext camel = new DefaultCamelContext();
    private final SourceRegistry sources;
    private final Map<org.oerfed.core.source.SourceType, Harvester> harvesters;
    private final RecordIngester ingester;
    private final HarvestCheckpoints checkpoints;
    private final HarvestRunLog runs;
    private final HarvestPolicy policy;
    private final HarvestMetrics metrics;
    private final Clock clock;
    private ProducerTemplate producer;

    HarvestRoutes(SourceRegistry sources, List<Harvester> harvesters, RecordIngester ingester, HarvestCheckpoints checkpoints,
                  HarvestRunLog runs, HarvestPolicy policy, HarvestMetrics metrics, Clock clock) {
        this.sources = sources;
        this.harvesters = harvesters.stream().collect(Collectors.toUnmodifiableMap(Harvester::type, Function.identity()));
        this.ingester = ingester;
        this.checkpoints = checkpoints;
        this.runs = runs;
        this.policy = policy;
        this.metrics = metrics;
        this.clock = clock;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        try {
            camel.getShutdownStrategy().setTimeout(SHUTDOWN_TIMEOUT_SECONDS);
            for (SourceConfig source : sources.sources()) camel.addRoutes(routesOf(source));
            camel.start();
            producer = camel.createProducerTemplate();
            LOG.info("Harvesting {} source(s): {}", sources.sources().size(), sources.sources().stream().map(SourceConfig::id).toList());
        } catch (Exception e) {
            throw OerfedException.setup("cannot start the harvest routes: " + e.getMessage(), e);
        }
    }

    /** Starts the routes of a new or changed source, stopping the old ones first. */
    synchronized void put(SourceConfig source) {
        try {
            remove(source.id());
            camel.addRoutes(routesOf(source));
        } catch (Exception e) {
            throw OerfedException.setup("cannot start the routes of source '" + source.id() + "': " + e.getMessage(), e);
        }
    }

    /** Stops and removes a source's routes; a harvest under way is interrupted and would resume if re-added. */
    synchronized void remove(String sourceId) {
        try {
            for (String routeId : List.of(HarvestRouteBuilder.triggerRouteId(sourceId, "at-startup"),
                    HarvestRouteBuilder.triggerRouteId(sourceId, "scheduled"), "harvest-" + sourceId)) {
                if (camel.getRoute(routeId) == null) continue;
                camel.getRouteController().stopRoute(routeId);
                camel.removeRoute(routeId);
            }
        } catch (Exception e) {
            throw OerfedException.setup("cannot stop the routes of source '" + sourceId + "': " + e.getMessage(), e);
        }
    }

    private HarvestRouteBuilder routesOf(SourceConfig source) {
        Harvester harvester = harvesters.get(source.type());
        if (harvester == null) {
            throw OerfedException.setup("no harvester speaks '" + source.type().key() + "' for source '" + source.id() + "'", null);
        }
        return new HarvestRouteBuilder(source, harvester, ingester, checkpoints, runs, clock, policy, metrics);
    }

    @Override
    public void trigger(String sourceId, HarvestMode mode) {
        require(sourceId);
        producer.asyncRequestBodyAndHeader(HarvestRouteBuilder.endpointOf(sourceId), null, HarvestRouteBuilder.MODE_HEADER, mode);
    }

    @Override
    public void pause(String sourceId) {
        require(sourceId);
        checkpoints.update(sourceId, c -> c.withPaused(true));
        LOG.info("Scheduled harvests of '{}' paused", sourceId);
    }

    @Override
    public void resume(String sourceId) {
        require(sourceId);
        checkpoints.update(sourceId, c -> c.withPaused(false));
        LOG.info("Scheduled harvests of '{}' resumed", sourceId);
    }

    /** Kept with the checkpoint, so that a pause outlives a restart; the source's timers then skip it. */
    @Override
    public boolean paused(String sourceId) {
        return checkpoints.load(sourceId).paused();
    }

    private void require(String sourceId) {
        if (sources.source(sourceId).isEmpty()) throw new NoSuchElementException("no source with id '" + sourceId + "'");
    }

    @PreDestroy
    void stop() {
        camel.stop();
    }
}
