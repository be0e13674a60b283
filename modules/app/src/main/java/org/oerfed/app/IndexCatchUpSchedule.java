package org.oerfed.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.oerfed.pipeline.index.IndexCatchUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the index catch-up pass at startup and then every {@code oerfed.search.catch-up-interval}: whatever
 * a search engine that was down, or a stop between a graph commit and its index write, left in the index
 * journal is indexed from the graph.
 */
@Singleton
class IndexCatchUpSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(IndexCatchUpSchedule.class);
    private final IndexCatchUp catchUp;
    private final TaskScheduler scheduler;
    private final Duration interval;

    /**
     * @param interval {@code oerfed.search.catch-up-interval}: the time between the end of one catch-up pass and
     *                 the start of the next (default 5m); 0 runs it at startup only
     */
    IndexCatchUpSchedule(IndexCatchUp catchUp, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
                         @Value("${oerfed.search.catch-up-interval:5m}") Duration interval) {
        this.catchUp = catchUp;
        this.scheduler = scheduler;
        this.interval = interval;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (interval.isZero() || interval.isNegative()) {
            scheduler.schedule(Duration.ZERO, this::run);
        } else {
            scheduler.scheduleWithFixedDelay(Duration.ZERO, interval, this::run);
            LOG.info("Index catch-up at startup, then every {}", interval);
        }
    }

    /** One pass; a failure is logged, and the entries wait for the next. */
    void run() {
        try {
            catchUp.run();
        } catch (RuntimeException e) {
            LOG.error("Index catch-up failed; the journal keeps what is not indexed{}: {}",
                    interval.isZero() || interval.isNegative() ? "" : " for the next pass in " + interval, e.getMessage(), e);
        }
    }
}
