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
 */
@ConfigurationProperties("oerfed.harvest")
public record HarvestSettings(Duration startupDelay, String contact, Duration connectTimeout, Duration requestTimeout) {
}
