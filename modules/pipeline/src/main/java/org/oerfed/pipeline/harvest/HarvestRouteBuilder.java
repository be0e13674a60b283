package org.oerfed.pipeline.harvest;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.harvest.HarvestRunLog;
import org.oerfed.core.harvest.Harvester;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.pipeline.source.HarvestSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of one source: a harvest route that streams the source's pages through the ingester one at a
 * time, triggered once at startup and then on the source's schedule. A trigger that fires while the previous
 * run is still going is skipped, so a source is never harvested twice at once.
 */
public final class HarvestRouteBuilder extends RouteBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(HarvestRouteBuilder.class);
    private static final String RUN = "oerfed.run";

    private final SourceConfig source;
    private final Harvester harvester;
    private final RecordIngester ingester;
    private final HarvestRunLog runs;
    private final Clock clock;
    private final Duration startupDelay;
    private final AtomicBoolean running = new AtomicBoolean();

    /** @param startupDelay how long after startup the first harvest starts */
    public HarvestRouteBuilder(SourceConfig source, Harvester harvester, RecordIngester ingester, HarvestRunLog runs,
                               Clock clock, Duration startupDelay) {
        this.source = source;
        this.harvester = harvester;
        this.ingester = ingester;
        this.runs = runs;
        this.clock = clock;
        this.startupDelay = startupDelay;
    }

    /** The endpoint that starts a harvest of this source. */
    public String harvestEndpoint() {
        return "direct:harvest-" + source.id();
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true).process(this::failed);

        from(harvestEndpoint()).routeId("harvest-" + source.id())
                .process(this::start)
                .filter(exchangeProperty(RUN).isNotNull())
                    .process(e -> e.getMessage().setBody(harvester.pages(source)))
                    .split(body()).streaming().stopOnException()
                        .process(this::ingestPage)
                    .end()
                    .process(this::completed)
                .end();

        from("timer:oerfed-startup-" + source.id() + "?repeatCount=1&delay=" + startupDelay.toMillis())
                .routeId("harvest-" + source.id() + "-at-startup")
                .to(harvestEndpoint());

        source.schedule().flatMap(HarvestSchedule::parse).ifPresent(schedule ->
                from(schedule.triggerUri("oerfed-" + source.id())).routeId("harvest-" + source.id() + "-scheduled")
                        .to(harvestEndpoint()));
    }

    private void start(Exchange exchange) {
        if (!running.compareAndSet(false, true)) {
            LOG.info("Harvest of '{}' not started: the previous one is still running", source.id());
            return;
        }
        LOG.info("Harvest of '{}' ({}) started", source.id(), source.url());
        exchange.setProperty(RUN, new HarvestRunTracker(source.id(), runs, clock));
    }

    private void ingestPage(Exchange exchange) {
        RecordPage page = exchange.getMessage().getBody(RecordPage.class);
        tracker(exchange).add(ingester.ingest(source, page));
    }

    private void completed(Exchange exchange) {
        HarvestRun run = tracker(exchange).completed();
        running.set(false);
        LOG.info("Harvest of '{}' {}: {} pages, {} stored, {} deleted, {} failed, in {} ms", source.id(),
                run.status().name().toLowerCase().replace('_', ' '), run.pages(), run.stored(), run.deleted(), run.failed(),
                HarvestRunTracker.duration(run).toMillis());
    }

    private void failed(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        HarvestRunTracker tracker = exchange.getProperty(RUN, HarvestRunTracker.class);
        running.set(false);
        if (tracker == null) {
            LOG.error("Harvest of '{}' failed before it started", source.id(), cause);
            return;
        }
        HarvestRun run = tracker.failed(cause);
        LOG.error("Harvest of '{}' failed after {} pages ({} stored, {} deleted): {}", source.id(), run.pages(), run.stored(),
                run.deleted(), cause == null ? "unknown error" : cause.getMessage(), cause);
    }

    private static HarvestRunTracker tracker(Exchange exchange) {
        return exchange.getProperty(RUN, HarvestRunTracker.class);
    }
}
