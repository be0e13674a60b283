package org.oerfed.store.tdb2;

/**
 * How the TDB2 database is cached in memory.
 *
 * @param nodeCacheSize how many RDF terms each of TDB2's two node caches (term to id, id to term) keeps. The
 *                      caches are what a TDB2 database holds on the heap, so this bounds the heap it takes
 *                      however large the graph grows: about 200 bytes a term, twice. Larger caches answer
 *                      queries over a large graph faster.
 */
public record Tdb2Settings(int nodeCacheSize) {
    /** 200,000 terms: at most about 80 MB of heap. */
    public static final int DEFAULT_NODE_CACHE_SIZE = 200_000;

    public Tdb2Settings {
        if (nodeCacheSize < 1000) {
            throw new IllegalArgumentException("the TDB2 node cache size must be at least 1000, not " + nodeCacheSize);
        }
    }

    public static Tdb2Settings defaults() {
        return new Tdb2Settings(DEFAULT_NODE_CACHE_SIZE);
    }
}
