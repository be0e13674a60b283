/**
 * Harvests partners that speak OAI-PMH 2.0, one {@code ListRecords} page per step, with XOAI's request
 * parameters and hardened XML reader, over the JDK's HTTP client (see {@code OaiHttpClient} for why not
 * XOAI's own): retries with backoff and {@code Retry-After}, timeouts that bound the whole body,
 * gzip/deflate, limited redirects, per-host politeness ({@link org.oerfed.harvest.oaipmh.HostThrottle}) and
 * a cap on concurrent harvests ({@link org.oerfed.harvest.oaipmh.HarvestPermits}).
 *
 * <p>Responses are untrusted input: each is size-limited, cleared of characters XML 1.0 forbids (or refused,
 * by policy), refused when it is HTML, screened for DTDs and entity references before XOAI reads it, and
 * each record's metadata is re-serialised as a standalone XML element that declares every namespace it
 * uses, within a size limit.
 */
package org.oerfed.harvest.oaipmh;
