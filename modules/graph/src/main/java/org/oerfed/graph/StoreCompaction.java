package org.oerfed.graph;

import java.time.Duration;

/**
 * What compacting the graph store did.
 *
 * @param bytesBefore the store's files on disk before
 * @param bytesAfter  after
 * @param took        how long it took; writes wait meanwhile
 */
public record StoreCompaction(long bytesBefore, long bytesAfter, Duration took) {
}
