package org.oerfed.core.source;

/**
 * What to do with characters XML 1.0 forbids (control characters, unpaired surrogates), which real DSpace
 * and EPrints endpoints emit. The source file's {@code invalidCharacters} key chooses; {@code strip} by
 * default.
 */
public enum InvalidCharacters {
    /** Remove them and read the rest: the text loses only what no XML reader could show anyway. */
    STRIP,
    /** Refuse the response as a source error naming where the first one is. */
    FAIL
}
