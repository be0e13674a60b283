/**
 * Versioned dumps of the whole graph: dated, gzip'd N-Quads and JSON-LD lines files written from one
 * consistent snapshot, listed by their manifests, the oldest pruned.
 */
package org.oerfed.graph.dump;
