/**
 * Linked data about the whole dataset: its VoID description. Resources themselves are described by
 * {@link org.oerfed.graph.ResourceDescriptions}; dumps are in {@code org.oerfed.graph.dump}.
 */
package org.oerfed.graph.linkeddata;
