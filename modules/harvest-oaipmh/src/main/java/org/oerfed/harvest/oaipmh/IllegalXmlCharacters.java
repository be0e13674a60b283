package org.oerfed.harvest.oaipmh;

import java.io.ByteArrayOutputStream;
import java.util.OptionalLong;

/**
 * Finds and removes the characters XML 1.0 forbids from a UTF-8 (or other ASCII-compatible) response:
 * C0 controls other than tab, line feed and carriage return, U+FFFE and U+FFFF, whether raw or written as
 * character references such as {@code &#x0C;}. Works on bytes, before any parser sees the document, since
 * a parser stops at the first one.
 *
 * <p>In UTF-8 a byte below 0x20 is always a whole character, never part of a longer sequence, so removing
 * such bytes cannot break the encoding. Documents in UTF-16 (which OAI-PMH does not allow) are left alone.
 * A {@code &#…;} inside a CDATA section or a comment is literal text, and is removed all the same: a
 * harmless loss for text that should not hold such a sequence in the first place.
 */
final class IllegalXmlCharacters {

    /**
     * The result of stripping.
     *
     * @param body    the document without the forbidden characters
     * @param removed how many were removed
     */
    record Stripped(byte[] body, int removed) {
    }

    private IllegalXmlCharacters() {
    }

    /** The byte offset of the first forbidden character, if any. */
    static OptionalLong firstOffset(byte[] body) {
        if (utf16(body)) {
            return OptionalLong.empty();
        }
        for (int i = 0; i < body.length; i++) {
            if (length(body, i) > 0) {
                return OptionalLong.of(i);
            }
        }
        return OptionalLong.empty();
    }

    /** The document without forbidden characters; the same array when there are none. */
    static Stripped strip(byte[] body) {
        if (utf16(body) || firstOffset(body).isEmpty()) {
            return new Stripped(body, 0);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        int removed = 0;
        int i = 0;
        while (i < body.length) {
            int skip = length(body, i);
            if (skip > 0) {
                removed++;
                i += skip;
            } else {
                out.write(body[i]);
                i++;
            }
        }
        return new Stripped(out.toByteArray(), removed);
    }

    /** How many bytes from {@code i} make one forbidden character (raw or referenced); 0 if none starts there. */
    private static int length(byte[] b, int i) {
        int c = b[i] & 0xff;
        if (c < 0x20) {
            return c == 0x09 || c == 0x0a || c == 0x0d ? 0 : 1;
        }
        if (c == 0xef && i + 2 < b.length && (b[i + 1] & 0xff) == 0xbf
                && ((b[i + 2] & 0xff) == 0xbe || (b[i + 2] & 0xff) == 0xbf)) {
            return 3;
        }
        if (c == '&' && i + 3 < b.length && b[i + 1] == '#') {
            return forbiddenReference(b, i);
        }
        return 0;
    }

    /** The length of a character reference at {@code i} to a forbidden character; 0 if it is none. */
    private static int forbiddenReference(byte[] b, int i) {
        boolean hex = b[i + 2] == 'x';
        int j = i + (hex ? 3 : 2);
        long value = 0;
        int digits = 0;
        for (; j < b.length && digits < 12; j++, digits++) {
            int d = Character.digit(b[j], hex ? 16 : 10);
            if (d < 0) {
                break;
            }
            value = value * (hex ? 16 : 10) + d;
        }
        if (digits == 0 || j >= b.length || b[j] != ';') {
            return 0;
        }
        boolean allowed = value == 0x9 || value == 0xA || value == 0xD
                || (value >= 0x20 && value <= 0xD7FF) || (value >= 0xE000 && value <= 0xFFFD)
                || (value >= 0x10000 && value <= 0x10FFFF);
        return allowed ? 0 : j - i + 1;
    }

    private static boolean utf16(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)
                || ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe)
                || (b[0] == 0 && b[1] == '<') || (b[0] == '<' && b[1] == 0));
    }
}
