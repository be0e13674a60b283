/**
 * Wires the ports into the flow harvest → normalise → store → project → index, one Camel route per source.
 * Only this module and the application see Camel.
 */
package org.oerfed.pipeline;
