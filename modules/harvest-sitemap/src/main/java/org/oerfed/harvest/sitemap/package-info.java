/**
 * Harvests partners that publish their resources as web pages listed in a sitemap (sitemaps.org), each page
 * describing its resource in schema.org/LRMI JSON-LD, as search engines read it.
 *
 * <p>The harvester crawls politely: robots.txt (RFC 9309, with {@code Crawl-delay}) is obeyed per host, requests to
 * one host are spaced, and transient failures are retried with a pause. It delivers each page's JSON-LD as it
 * found it, as a {@code schema-jsonld} record; turning that into the graph (contexts, the main node, languages and
 * licences) is the graph module's {@code JsonLdNormaliser}.
 *
 * <p>Sitemaps and pages are untrusted input: responses are size-limited (after gzip decoding, too), sitemaps with a
 * DOCTYPE are refused (so no entity is ever defined, expanded or fetched), JSON nesting is bounded, and only HTTP(S)
 * URLs are fetched.
 */
package org.oerfed.harvest.sitemap;
