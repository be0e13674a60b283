package org.oerfed.harvest.oaipmh;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalLong;
import org.oerfed.core.error.OerfedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate every response body passes before anything reads it: HTML pages are named as such, characters
 * XML 1.0 forbids are stripped or refused ({@link InvalidCharacterPolicy}), and the document is screened
 * ({@link OaiResponseScreen}). Failures are SOURCE faults naming the source and the URL.
 */
final class OaiResponseIntake {

    private static final Logger LOG = LoggerFactory.getLogger(OaiResponseIntake.class);

    /**
     * A body fit to read.
     *
     * @param xml    the document, forbidden characters removed
     * @param answer the root's verb element or {@code error} (see {@link OaiResponseScreen#check})
     */
    record Accepted(byte[] xml, String answer) {
    }

    private final InvalidCharacterPolicy policy;
    private final OaiResponseScreen screen = new OaiResponseScreen();

    OaiResponseIntake(InvalidCharacterPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param contentType the response's Content-Type, for the message when it is HTML; may be empty
     * @throws OerfedException SOURCE when the body is HTML, holds a forbidden character under
     *                         {@link InvalidCharacterPolicy#FAIL}, or fails the screen
     */
    Accepted accept(String sourceId, String url, String contentType, byte[] body) {
        if (looksLikeHtml(body)) {
            throw OerfedException.source(sourceId, "answered HTML instead of OAI-PMH at " + url
                    + " (Content-Type '" + contentType + "'); is the base URL right?", null);
        }
        byte[] xml = body;
        if (policy == InvalidCharacterPolicy.FAIL) {
            OptionalLong offset = IllegalXmlCharacters.firstOffset(body);
            if (offset.isPresent()) {
                throw OerfedException.source(sourceId, "response to " + url + " holds a character XML 1.0 forbids at byte offset "
                        + offset.getAsLong() + " (" + describe(body, (int) offset.getAsLong()) + ")", null);
            }
        } else {
            IllegalXmlCharacters.Stripped stripped = IllegalXmlCharacters.strip(body);
            if (stripped.removed() > 0) {
                LOG.warn("source '{}': removed {} characters XML 1.0 forbids from the response to {}", sourceId,
                        stripped.removed(), url);
            }
            xml = stripped.body();
        }
        try {
            return new Accepted(xml, screen.check(xml));
        } catch (UntrustedXmlException e) {
            String html = contentType.toLowerCase(Locale.ROOT).startsWith("text/html") ? " (Content-Type '" + contentType
                    + "': HTML instead of OAI-PMH?)" : "";
            throw OerfedException.source(sourceId, "refused the response to " + url + ": " + e.getMessage() + html, e);
        }
    }

    /** An HTML page: after a byte order mark and white space, a doctype html or an html element. */
    private static boolean looksLikeHtml(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        String start = new String(body, i, Math.min(body.length - i, 20), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    private static String describe(byte[] body, int offset) {
        int c = body[offset] & 0xff;
        return c == '&' ? "a character reference" : c == 0xef ? "U+FFFE or U+FFFF" : String.format("U+%04X", c);
    }
}
