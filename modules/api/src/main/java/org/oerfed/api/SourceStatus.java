package org.oerfed.api;

import java.util.List;
import java.util.Optional;
import org.oerfed.core.harvest.HarvestCheckpoint;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.source.SourceConfig;

/**
 * A source as the operator sees it: its configuration, whether it is paused, how far its harvests have
 * come and its last run.
 *
 * @param id             the source's id
 * @param name           its name
 * @param country        ISO 3166-1 alpha-2
 * @param type           oai-pmh, rss or sitemap
 * @param url            its endpoint
 * @param metadataPrefix the format asked for
 * @param sets           the sets harvested; empty for all
 * @param schedule       when it is harvested after startup, if at all
 * @param paused         whether scheduled runs are paused
 * @param harvestedUntil every change up to this datestamp is stored
 * @param resumesRun     the run an interrupted harvest will resume, with its committed pages
 * @param lastRun        the most recent run
 */
public record SourceStatus(String id, String name, String country, String type, String url, String metadataPrefix,
                           List<String> sets, Optional<String> schedule, boolean paused, Optional<String> harvestedUntil,
                           Optional<String> resumesRun, Optional<HarvestRun> lastRun) {

    static SourceStatus of(SourceConfig source, boolean paused, HarvestCheckpoint checkpoint, Optional<HarvestRun> lastRun) {
        return new SourceStatus(source.id(), source.name(), source.country(), source.type().key(), source.url().toString(),
                source.metadataPrefix(), source.sets(), source.schedule(), paused,
                checkpoint.harvestedUntil().map(Object::toString),
                checkpoint.inProgress().map(p -> p.runId() + " after " + p.pagesDone() + " pages"), lastRun);
    }
}
