package org.oerfed.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * The {@code oerfed.harvest.*} keys.
 *
 * @param startupDelay   {@code oerfed.harvest.startup-delay}: how long after startup every source is first
 *                       harvested (default {@code 0s})
 * @param contact        {@code oerfed.harvest.contact}: an address partners can write to about the harvester,
 *                       sent in the User-Agent (env {@code OERFED_CONTACT})
 * @param connectTimeout {@code oerfed.harvest.connect-timeout}: to open a connection (default {@code 10s})
 * @param requestTimeout {@code oerfed.harvest.request-timeout}: for one whole response (default {@code 60s})
 * @param overlap        {@code oerfed.harvest.overlap}: how far before the last complete run's end an
 *                       incremental run starts, for records a source dates late (default {@code 1h})
 * @param hostInterval   {@code oerfed.harvest.host-interval}: the least time between two requests to one
 *                       host, across all harvests (default {@code 1s})
 * @param maxConcurrent  {@code oerfed.harvest.max-concurrent}: how many OAI-PMH harvests run at once; others
 *                       wait (default 4)
 * @param maxAttempts    {@code oerfed.harvest.max-attempts}: tries per request, retrying server errors, 429,
 *                       timeouts and connection failures with exponential backoff and jitter (default 4)
 * @param commitEvery    {@code oerfed.harvest.commit-every}: records gathered before one commit to graph,
 *                       index and checkpoint (default 1000)
 */
@ConfigurationProperties("oerfed.harvest")
public record HarvestSettings(Duration startupDelay, String contact, Duration connectTimeout, Duration requestTimeout,
                              Duration overlap, Duration hostInterval, int maxConcurrent, int maxAttempts,
                              int commitEvery) {
}
