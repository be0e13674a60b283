/**
 * Keeping the search index the projection of the graph: the resources a committed change journaled are
 * projected from the store and written to the index, at once by the ingester and later by the catch-up pass
 * for whatever an outage or a crash left in the journal.
 */
package org.oerfed.pipeline.index;
