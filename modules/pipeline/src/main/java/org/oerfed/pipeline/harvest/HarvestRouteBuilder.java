package org.oerfed.pipeline.harvest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.DeletedRecords;
import org.oerfed.core.harvest.HarvestCheckpoint;
import org.oerfed.core.harvest.HarvestCheckpoints;
import org.oerfed.core.harvest.HarvestMode;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.harvest.HarvestRunLog;
import org.oerfed.core.harvest.Harvester;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.harvest.RunStatus;
import org.oerfed.core.harvest.SourceDescription;
import org.oerfed.core.harvest.SourceQuality;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.pipeline.source.HarvestSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of one source. The harvest route asks the source about itself, then streams its pages through
 * the ingester in batches of {@code commitEvery} records, saving a checkpoint after every committed batch: a
 * run interrupted by a crash or a failure is resumed by the next one at the page after the last committed.
 * Each batch is normalised while the one before it is written ({@link PipelinedIngest}). A source's first run is
 * full, later ones incremental from the last complete run's end (minus an overlap); a full run also removes
 * the records a source no longer has when the source does not report deletions reliably. Triggers: once at
 * startup, then on the source's schedule, or on demand through {@link #harvestEndpoint()} with the header
 * {@link #MODE_HEADER}. A trigger that fires while a run is going is skipped, and so are the timers of a
 * paused source; a run on demand goes ahead. At the end of every run that did not stop with OERfed, the
 * quality of the source's stored records is measured, kept as the source's latest quality and summed up in
 * the run's report.
 */
public final class HarvestRouteBuilder extends RouteBuilder {
    /** Header that asks for a {@link HarvestMode}; incremental when absent. */
    public static final String MODE_HEADER = "oerfed.harvestMode";
    private static final Logger LOG = LoggerFactory.getLogger(HarvestRouteBuilder.class);
    private static final String RUN = "oerfed.run";
    private static final String DESCRIPTION = "oerfed.sourceDescription";
    private static final String PAGES = "oerfed.pages";
    private static final String INGEST = "oerfed.ingest";
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final SourceConfig source;
    private final Harvester harvester;
    private final RecordIngester ingester;
    private final HarvestCheckpoints checkpoints;
    private final HarvestRunLog runs;
    private final Clock clock;
    private final HarvestPolicy policy;
    private final HarvestMetrics metrics;
    private final AtomicBoolean running = new AtomicBoolean();

    public HarvestRouteBuilder(SourceConfig source, Harvester harvester, RecordIngester ingester, HarvestCheckpoints checkpoints,
                               HarvestRunLog runs, Clock clock, HarvestPolicy policy, HarvestMetrics metrics) {
        this.source = source;
        this.harvester = harvester;
        this.ingester = ingester;
        this.checkpoints = checkpoints;
        this.runs = runs;
        this.clock = clock;
        this.policy = policy;
        this.metrics = metrics;
    }

    /** The endpoint that starts a harvest of this source. */
    public String harvestEndpoint() {
        return endpointOf(source.id());
    }

    public static String endpointOf(String sourceId) {
        return "direct:harvest-" + sourceId;
    }

    /** The ids of this source's trigger routes. */
    public static String triggerRouteId(String sourceId, String trigger) {
        return "harvest-" + sourceId + "-" + trigger;
    }

    @Override
    public void configure() {
        onException(Exception.class).handled(true).process(this::failed);

        from(harvestEndpoint()).routeId("harvest-" + source.id())
                .process(this::start)
                .filter(exchangeProperty(RUN).isNotNull())
                    .process(this::openPages)
                    .split(body()).streaming().stopOnException()
                        .process(this::ingestPage)
                    .end()
                    .process(this::completed)
                .end();

        from("timer:oerfed-startup-" + source.id() + "?repeatCount=1&delay=" + policy.startupDelay().toMillis())
                .routeId(triggerRouteId(source.id(), "at-startup"))
                .to(harvestEndpoint());

        source.schedule().flatMap(HarvestSchedule::parse).ifPresent(schedule ->
                from(schedule.triggerUri("oerfed-" + source.id())).routeId(triggerRouteId(source.id(), "scheduled"))
                        .to(harvestEndpoint()));
    }

    private void start(Exchange exchange) {
        if (!running.compareAndSet(false, true)) {
            LOG.info("Harvest of '{}' not started: the previous one is still running", source.id());
            return;
        }
        HarvestCheckpoint checkpoint = checkpoints.load(source.id());
        boolean onDemand = exchange.getMessage().getHeader(MODE_HEADER) != null;
        if (checkpoint.paused() && !onDemand) {
            running.set(false);
            LOG.info("Harvest of '{}' not started: the source is paused", source.id());
            return;
        }
        HarvestMode requested = exchange.getMessage().getHeader(MODE_HEADER, HarvestMode.INCREMENTAL, HarvestMode.class);
        Instant now = clock.instant();
        String runId = RUN_ID.format(now) + "-" + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt());
        HarvestCheckpoint.InProgress position;
        if (checkpoint.inProgress().isPresent()) {
            HarvestCheckpoint.InProgress interrupted = checkpoint.inProgress().get();
            markInterrupted(interrupted.runId());
            position = new HarvestCheckpoint.InProgress(runId, interrupted.mode(), interrupted.request(), interrupted.started(),
                    interrupted.pagesDone());
            LOG.info("Harvest of '{}' resumes run {} after {} committed pages{}", source.id(), interrupted.runId(),
                    interrupted.pagesDone(), requested == HarvestMode.FULL ? " (the full harvest asked for comes after it)" : "");
        } else {
            HarvestMode mode = checkpoint.harvestedUntil().isEmpty() ? HarvestMode.FULL : requested;
            Optional<Instant> from = mode == HarvestMode.FULL ? Optional.empty()
                    : checkpoint.harvestedUntil().map(until -> until.minus(policy.overlap()));
            position = new HarvestCheckpoint.InProgress(runId, mode, new HarvestRequest(from, Optional.of(now), Optional.empty()), now, 0);
            LOG.info("Harvest of '{}' ({}) started: {} run {}{}", source.id(), source.url(), mode.name().toLowerCase(), runId,
                    from.map(f -> " of changes since " + f).orElse(""));
        }
        HarvestCheckpoint.InProgress started = position;
        checkpoints.update(source.id(), c -> c.withInProgress(started));
        exchange.setProperty(RUN, new HarvestRunTracker(source.id(), position, runs, clock));
        // asked once the run is recorded, so that a source that does not answer leaves a failed run to read
        exchange.setProperty(DESCRIPTION, harvester.describe(readable()));
    }

    /** The source, asking only for the formats OERfed can normalise, in the configured order. */
    private SourceConfig readable() {
        List<String> readable = source.metadataPrefixes().stream().filter(ingester::reads).toList();
        if (readable.isEmpty()) {
            throw new OerfedException(Fault.SETUP, source.id(), null, "OERfed reads none of the configured metadata prefixes "
                    + source.metadataPrefixes());
        }
        return source.withMetadataPrefixes(readable);
    }

    private void openPages(Exchange exchange) {
        HarvestRequest request = tracker(exchange).position().request();
        String chosen = exchange.getProperty(DESCRIPTION, SourceDescription.class).metadataPrefix();
        SourceConfig asked = source.withMetadataPrefixes(List.of(chosen));
        PrefetchingPages pages = new PrefetchingPages(source.id(),
                new ResumingPages(source.id(), request, r -> harvester.pages(asked, r)), policy.commitEvery());
        exchange.setProperty(PAGES, pages);
        HarvestCheckpoint.InProgress position = tracker(exchange).position();
        // the common pool: where the ingester spreads a batch's records anyway
        exchange.setProperty(INGEST, new PipelinedIngest<Handed>(ingester, source, position.runId(), position.mode() == HarvestMode.FULL,
                ForkJoinPool.commonPool()));
        exchange.getMessage().setBody(pages);
    }

    /**
     * A batch handed to the ingest.
     *
     * @param after    the checkpoint once its pages are stored
     * @param handedIn when it was handed in
     */
    private record Handed(HarvestCheckpoint.InProgress after, Instant handedIn) {
    }

    /** Gathers pages until enough records wait or a list ends, then hands them to the ingest together. */
    private void ingestPage(Exchange exchange) {
        HarvestRunTracker tracker = tracker(exchange);
        RecordPage page = exchange.getMessage().getBody(RecordPage.class);
        tracker.gather(page);
        if (page.last() || tracker.gatheredRecords() >= policy.commitEvery()) handOver(exchange);
    }

    /**
     * Hands the gathered pages to the ingest, which starts normalising them and commits the batch handed over
     * before them. The tracker's position moves past the pages now, since the next batch starts there; the
     * checkpoint only once they are committed.
     */
    private void handOver(Exchange exchange) {
        HarvestRunTracker tracker = tracker(exchange);
        List<RecordPage> pages = tracker.takeGathered();
        if (pages.isEmpty()) return;
        HarvestCheckpoint.InProgress next = tracker.position();
        for (RecordPage page : pages) next = next.next(page.resumptionToken());
        tracker.moveTo(next);
        ingest(exchange).submit(pages, new Handed(next, clock.instant())).ifPresent(stored -> committed(tracker, stored));
    }

    private void committed(HarvestRunTracker tracker, PipelinedIngest.Stored<Handed> stored) {
        metrics.page(source.id(), stored.outcome().counts(), Duration.between(stored.tag().handedIn(), clock.instant()));
        // only once the pages are in the graph and the index does the checkpoint move past them
        HarvestCheckpoint.InProgress committed = stored.tag().after();
        checkpoints.update(source.id(), c -> c.withInProgress(committed));
        tracker.add(stored.outcome());
    }

    /** Commits the batch the ingest still holds. */
    private void finishIngest(Exchange exchange, HarvestRunTracker tracker) {
        PipelinedIngest<Handed> ingest = ingest(exchange);
        if (ingest != null) ingest.finish().ifPresent(stored -> committed(tracker, stored));
    }

    private void completed(Exchange exchange) {
        closePages(exchange);
        HarvestRunTracker tracker = tracker(exchange);
        handOver(exchange);
        finishIngest(exchange, tracker);
        HarvestCheckpoint.InProgress position = tracker.position();
        SourceDescription description = exchange.getProperty(DESCRIPTION, SourceDescription.class);
        if (position.mode() == HarvestMode.FULL && description.deletedRecords() != DeletedRecords.PERSISTENT) {
            removeVanished(tracker, position, description);
        }
        // the run stores nothing more: the journal keeps only what the index lacks
        ingester.settleIndexJournal();
        checkpoints.update(source.id(), c -> c.completed(position.request().until().orElse(position.started())));
        Optional<SourceQuality> quality = measureQuality(position.runId());
        HarvestRun run = withQuality(tracker.completed(), quality);
        metrics.run(run);
        running.set(false);
        LOG.info("Harvest of '{}' {}: {} pages, {} new, {} updated, {} unchanged, {} deleted, {} failed, in {} ms", source.id(),
                run.status().name().toLowerCase().replace('_', ' '), run.counts().pages(), run.counts().added(),
                run.counts().updated(), run.counts().unchanged(), run.counts().deleted(), run.counts().failed(),
                HarvestRunTracker.duration(run).toMillis());
    }

    /** A full run saw everything the source has: what it did not see, the source no longer has. */
    private void removeVanished(HarvestRunTracker tracker, HarvestCheckpoint.InProgress position, SourceDescription description) {
        if (tracker.recordsSeen() == 0) {
            // an empty answer is more likely a broken source than one that deleted everything
            LOG.warn("Full harvest of '{}' saw no records; keeping the stored ones rather than removing them all", source.id());
            return;
        }
        long removed = ingester.removeNotSeenSince(source, position.started());
        tracker.addRemoved(removed);
        metrics.removed(source.id(), removed);
        if (removed > 0) {
            LOG.info("Full harvest of '{}' removed {} records the source no longer has (deletedRecord policy: {})", source.id(),
                    removed, description.deletedRecords().name().toLowerCase());
        }
    }

    private void failed(Exchange exchange) {
        closePages(exchange);
        Throwable cause = reason(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
        HarvestRunTracker tracker = exchange.getProperty(RUN, HarvestRunTracker.class);
        String message = cause == null ? "unknown error" : String.valueOf(cause.getMessage());
        if (tracker == null) {
            running.set(false);
            LOG.error("Harvest of '{}' failed before it started: {}", source.id(), message, cause);
            return;
        }
        boolean stopping = exchange.getContext().isStopping();
        if (stopping) {
            // the store is closing: a batch not committed yet is fetched again by the resumed run
            closeIngest(exchange);
        } else {
            try {
                finishIngest(exchange, tracker);
                ingester.settleIndexJournal();
            } catch (RuntimeException e) {
                closeIngest(exchange);
                LOG.warn("Harvest of '{}': what it fetched before the failure could not be stored either: {}", source.id(), e.getMessage());
            }
        }
        // only now: the next run must not start while this one still stores
        running.set(false);
        // the pages a failed run committed are stored, so the source's quality changed; a stopping OERfed
        // is closing the store
        Optional<SourceQuality> quality = stopping ? Optional.empty() : measureQuality(tracker.position().runId());
        HarvestRun run = withQuality(tracker.ended(stopping ? RunStatus.INTERRUPTED : RunStatus.FAILED, message), quality);
        metrics.run(run);
        LOG.error("Harvest of '{}' {} after {} pages; the next run resumes after the last committed page: {}", source.id(),
                stopping ? "interrupted" : "failed", run.counts().pages(), message, stopping ? null : cause);
    }

    /**
     * Measures the quality of the source's stored records and keeps it, before the run is recorded as ended:
     * whoever sees the run ended finds the quality measured at its end. The harvest itself is done: a
     * measure that fails leaves the run as it ended, without a quality.
     */
    private Optional<SourceQuality> measureQuality(String runId) {
        try {
            SourceQuality quality = ingester.quality(source.id());
            runs.recordQuality(quality);
            return Optional.of(quality);
        } catch (RuntimeException e) {
            LOG.warn("Quality of the records of '{}' not measured after run {}: {}", source.id(), runId, e.getMessage(), e);
            return Optional.empty();
        }
    }

    /** The ended run with the summary of the quality measured at its end, recorded. */
    private HarvestRun withQuality(HarvestRun run, Optional<SourceQuality> quality) {
        if (quality.isEmpty()) return run;
        HarvestRun measured = run.withQuality(quality.get().summary());
        runs.record(measured);
        return measured;
    }

    /** A run the log still calls running while this one starts was cut short by a crash or a stop. */
    private void markInterrupted(String runId) {
        runs.run(source.id(), runId).filter(r -> r.status() == RunStatus.RUNNING).ifPresent(r -> runs.record(new HarvestRun(
                r.runId(), r.sourceId(), r.mode(), RunStatus.INTERRUPTED, r.started(), Optional.of(clock.instant()), r.counts(),
                Optional.of("OERfed stopped during the run; resumed by the next run"))));
    }

    private static void closePages(Exchange exchange) {
        PrefetchingPages pages = exchange.getProperty(PAGES, PrefetchingPages.class);
        if (pages != null) pages.close();
    }

    /** Camel wraps what a step threw (the splitter more than once): the operator needs the cause itself. */
    private static Throwable reason(Throwable caught) {
        Throwable cause = caught;
        while (cause != null) {
            if (cause instanceof org.oerfed.core.error.OerfedException) return cause;
            if (cause.getCause() == null || cause.getCause() == cause) break;
            cause = cause.getCause();
        }
        return cause == null ? caught : cause;
    }

    private static void closeIngest(Exchange exchange) {
        PipelinedIngest<Handed> ingest = ingest(exchange);
        if (ingest != null) ingest.close();
    }

    @SuppressWarnings("unchecked")
    private static PipelinedIngest<Handed> ingest(Exchange exchange) {
        return exchange.getProperty(INGEST, PipelinedIngest.class);
    }

    private static HarvestRunTracker tracker(Exchange exchange) {
        return exchange.getProperty(RUN, HarvestRunTracker.class);
    }
}
