/**
 * Harvests partners that speak OAI-PMH 2.0, one {@code ListRecords} page per step, on top of XOAI's
 * service provider (its HTTP client, request parameters and hardened XML reader).
 *
 * <p>Responses are untrusted input: each is size-limited, screened for DTDs and entity references before
 * XOAI reads it, and each record's metadata is re-serialised as a standalone XML element that declares
 * every namespace it uses.
 */
package org.oerfed.harvest.oaipmh;
