package org.oerfed.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The {@code oerfed.graph.*} keys.
 *
 * @param nodeCacheSize   {@code oerfed.graph.node-cache-size}: how many RDF terms each of TDB2's two node
 *                        caches keeps (default 200000). It bounds the heap the graph store takes, whatever the
 *                        size of the graph; larger caches answer queries over a large graph faster.
 * @param compactSchedule {@code oerfed.graph.compact-schedule}: when to compact the TDB2 database, a cron
 *                        expression of six fields, second first (default {@code 0 30 3 * * *}, 3:30 every
 *                        night; empty: never). Writes, harvests included, wait while it runs.
 */
@ConfigurationProperties("oerfed.graph")
public record GraphSettings(@Bindable(defaultValue = "200000") int nodeCacheSize,
                            @Nullable @Bindable(defaultValue = "0 30 3 * * *") String compactSchedule) {
}
