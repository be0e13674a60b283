/**
 * Merging across sources: the match keys a record graph carries, the assignment of every record graph to the
 * resource it describes (one resource for records of different sources that share a key), and the
 * precedence of a resource's records.
 */
package org.oerfed.graph.merge;
