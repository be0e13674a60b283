package org.oerfed.harvest.oaipmh;

/**
 * What to do with characters that XML 1.0 forbids (C0 control characters other than tab, line feed and
 * carriage return, and U+FFFE/U+FFFF, raw or as character references), which DSpace and EPrints
 * repositories copy into responses from pasted text. A parser must refuse such a document.
 */
public enum InvalidCharacterPolicy {
    /** Remove them before parsing, and log how many were removed: the text loses only invisible junk. */
    STRIP,
    /** Refuse the response as a SOURCE fault naming the byte offset of the first one. */
    FAIL
}
