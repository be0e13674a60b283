package org.oerfed.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * The {@code oerfed.sparql.*} keys.
 *
 * @param timeout    {@code oerfed.sparql.timeout}: how long one query may run (default {@code 30s})
 * @param maxResults {@code oerfed.sparql.max-results}: the most solutions one SELECT returns (default 10000)
 */
@ConfigurationProperties("oerfed.sparql")
public record SparqlSettings(Duration timeout, long maxResults) {
}
