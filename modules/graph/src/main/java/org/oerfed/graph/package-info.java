/**
 * OERfed's linked-data graph: the model every record is normalised into, the store port that keeps it (the
 * source of truth), SPARQL over it, and the projection of a resource into a search document.
 */
package org.oerfed.graph;
