/**
 * OERfed's domain records and ports. Nothing here imports a framework: harvesters, the graph, search
 * engines and the API depend on this package, never the other way round.
 */
package org.oerfed.core;
