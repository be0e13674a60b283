/**
 * OERfed's controlled vocabularies as SKOS, the matching of source values to their concepts, and the
 * enrichers that link a normalised resource to them.
 */
package org.oerfed.graph.concepts;
