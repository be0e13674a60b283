package org.oerfed.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The {@code oerfed.graph.*} keys.
 *
 * @param nodeCacheSize {@code oerfed.graph.node-cache-size}: how many RDF terms each of TDB2's two node
 *                      caches keeps (default 200000). It bounds the heap the graph store takes, whatever the
 *                      size of the graph; larger caches answer queries over a large graph faster.
 */
@ConfigurationProperties("oerfed.graph")
public record GraphSettings(@Bindable(defaultValue = "200000") int nodeCacheSize) {
}
