package org.oerfed.core.search;

/**
 * Port: rebuilding the search index from the graph in the background, without downtime (the live index
 * serves searches until the new one replaces it). At most one rebuild runs at a time.
 */
public interface IndexRebuilds {

    /** Starts a rebuild unless one is running; either way, the state after the call. */
    RebuildState start();

    /** The running rebuild, or the last one since the service started. */
    RebuildState state();
}
