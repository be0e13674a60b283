/** OERfed's HTTP API: search, resources as linked data, and the SPARQL endpoint. A library; {@code app} runs it. */
package org.oerfed.api;
