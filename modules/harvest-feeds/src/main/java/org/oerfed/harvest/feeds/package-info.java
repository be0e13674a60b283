/**
 * Harvests partners that publish their resources as web feeds: RSS 2.0, RSS 1.0 (RDF), Atom 1.0 and Media
 * RSS, parsed with ROME.
 *
 * <p>Each item becomes one {@link org.oerfed.core.harvest.HarvestedRecord} in OERfed's own
 * {@linkplain org.oerfed.harvest.feeds.FeedItemFormat feed-item format}, so that normalisation into the
 * graph reads one small documented XML vocabulary instead of the many dialects feeds come in.
 *
 * <p><b>Why ROME inside OERfed's own route, not a camel-rss consumer endpoint.</b> The module depends on
 * {@code camel-rss} only for the ROME version it brings (managed by the Camel BOM the rest of OERfed
 * uses). A camel-rss endpoint would poll on its own timer and decide itself which entries are new; but
 * every OERfed source, whatever its type, is harvested by the same route: one trigger (startup, then the
 * source's schedule), one {@link org.oerfed.core.harvest.Harvester} port, one persistent checkpoint per
 * source that the route stores after each committed page and passes back as
 * {@link org.oerfed.core.harvest.HarvestRequest#from()}. camel-rss keeps its high-water mark ("last update")
 * only in memory, so after a restart it would deliver a whole feed again or, filtered, skip what arrived
 * while OERfed was down; and its trigger would be a second, separate schedule. Parsing with ROME behind the
 * port keeps feeds on the one trigger and checkpoint model, with OERfed's own HTTP client, limits and
 * hardened XML.
 *
 * <p>Feeds are untrusted input: responses are size-limited (after gzip decoding, too), documents with a
 * DOCTYPE are refused (so no entity is ever defined, expanded or fetched), and only HTTP(S) URLs are
 * fetched.
 */
package org.oerfed.harvest.feeds;
