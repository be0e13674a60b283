package org.oerfed.app;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.oerfed.core.error.OerfedException;
import org.oerfed.graph.dump.Dump;
import org.oerfed.graph.dump.DumpInProgressException;
import org.oerfed.graph.dump.DumpWriter;
import org.oerfed.graph.linkeddata.VoidDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes a dump on {@code oerfed.dumps.schedule}, if set. */
@Singleton
class DumpSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(DumpSchedule.class);
    private final DumpSettings settings;
    private final DumpWriter writer;
    private final VoidDescription description;
    private final TaskScheduler scheduler;

    DumpSchedule(DumpSettings settings, DumpWriter writer, VoidDescription description,
                 @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.settings = settings;
        this.writer = writer;
        this.description = description;
        this.scheduler = scheduler;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        String cron = settings.schedule() == null ? "" : settings.schedule().strip();
        if (cron.isEmpty()) return;
        try {
            scheduler.schedule(cron, this::dump);
        } catch (IllegalArgumentException e) {
            throw OerfedException.setup("oerfed.dumps.schedule '" + cron + "' is not a cron expression of six fields, such as "
                    + "'0 0 3 * * *': " + e.getMessage(), e);
        }
        LOG.info("Dumps scheduled: '{}', keeping the newest {}", cron, settings.keep());
    }

    private void dump() {
        try {
            Dump dump = writer.write();
            description.refresh();
            LOG.info("Dump {} written: {} records, {} resources", dump.id(), dump.records(), dump.resources());
        } catch (DumpInProgressException e) {
            LOG.info("Scheduled dump skipped: {}", e.getMessage());
        } catch (RuntimeException e) {
            // a failed dump must not cancel the schedule
            LOG.error("Scheduled dump failed: {}", e.getMessage(), e);
        }
    }
}
