package org.oerfed.harvest.feeds;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a feed's bytes into text in the encoding it is in: a byte-order mark, else the HTTP charset, else
 * the XML declaration's encoding, else UTF-8 (RFC 7303). ROME's own reader follows the older RFC 3023,
 * which reads {@code text/xml} without a charset as US-ASCII and so garbles the many UTF-8 feeds served
 * that way. A candidate the bytes are not valid in is passed over, because servers often announce UTF-8
 * for feeds their XML declaration rightly says are ISO-8859-1.
 */
final class FeedText {
    private static final Pattern CHARSET_PARAM = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private FeedText() {
    }

    /**
     * The feed as text, without a byte-order mark or white space before the XML declaration: some feeds
     * start with a newline, which XML forbids and ROME's XML parser would refuse.
     */
    static String decode(byte[] body, Optional<String> contentType) {
        Charset bomCharset = null;
        int skip = 0;
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            bomCharset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(body, 0xFE, 0xFF)) {
            bomCharset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(body, 0xFF, 0xFE)) {
            bomCharset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        ByteBuffer bytes = ByteBuffer.wrap(body, skip, body.length - skip);
        List<Charset> candidates = new ArrayList<>();
        if (bomCharset != null) {
            candidates.add(bomCharset);
        } else {
            contentType.flatMap(FeedText::charsetParameter).ifPresent(candidates::add);
            declaredEncoding(body).ifPresent(candidates::add);
            candidates.add(StandardCharsets.UTF_8);
        }
        for (Charset charset : candidates) {
            try {
                return strip(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.duplicate()).toString());
            } catch (CharacterCodingException e) {
                // not in this encoding: try the next candidate
            }
        }
        // in none of them: keep what can be read rather than lose the whole feed over a few bad bytes
        return strip(candidates.get(0).decode(bytes.duplicate()).toString());
    }

    private static String strip(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        return text.substring(start);
    }

    private static Optional<Charset> charsetParameter(String contentType) {
        Matcher m = CHARSET_PARAM.matcher(contentType);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    /** The encoding the XML declaration names, read as ASCII, which every encoding it may name agrees with. */
    private static Optional<Charset> declaredEncoding(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) return Optional.empty();
        String name = m.group(1).toUpperCase(Locale.ROOT);
        // a declaration legible as ASCII is not in UTF-16 or UTF-32, whatever it says
        if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) return Optional.empty();
        return charset(name);
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
