/**
 * A small OAI-PMH 2.0 data provider that serves a catalogue of fictitious Open Educational Resources,
 * written for OERfed. It stands in for a real partner in the run command and in harvest tests, so that
 * OERfed can be tried without depending on anyone's live endpoint.
 *
 * <p>The protocol is XOAI's data provider; this package supplies the catalogue behind it and serves it
 * with the JDK's own HTTP server on the loopback interface.
 */
package org.oerfed.samplepartner;
