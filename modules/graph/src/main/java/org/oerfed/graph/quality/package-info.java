/**
 * The quality of harvested metadata: SHACL shapes of the target model, the validation of each record graph
 * (its report stored in the record's own graph), and the measure of a source's records over the store.
 */
package org.oerfed.graph.quality;
