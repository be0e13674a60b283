package org.oerfed.harvest.oaipmh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes the {@code Content-Encoding} of a response: gzip and deflate, which the harvester asks for. The
 * decoded size is capped like the raw one, so that a small compressed bomb cannot exhaust memory.
 */
final class ContentDecoding {

    private final int limit;

    ContentDecoding(int limit) {
        this.limit = limit;
    }

    /**
     * @param contentEncoding the header's value; null or empty for none
     * @throws ResponseTooLargeException when the decoded body is over the limit
     * @throws IOException               when the body is not valid in its coding, or the coding is unknown
     */
    byte[] decode(String contentEncoding, byte[] body) throws IOException {
        List<String> codings = contentEncoding == null ? List.of()
                : Arrays.stream(contentEncoding.split(","))
                        .map(c -> c.trim().toLowerCase(Locale.ROOT))
                        .filter(c -> !c.isEmpty() && !c.equals("identity"))
                        .toList();
        if (codings.isEmpty() && isGzip(body)) {
            // Some servers hand out pre-compressed files without saying so; XML never starts with 0x1f8b.
            return gunzip(body);
        }
        byte[] decoded = body;
        // Codings are listed in the order they were applied, so they are undone from the last.
        for (int i = codings.size() - 1; i >= 0; i--) {
            decoded = switch (codings.get(i)) {
                case "gzip", "x-gzip" -> gunzip(decoded);
                case "deflate" -> inflate(decoded);
                default -> throw new IOException("unsupported Content-Encoding '" + codings.get(i) + "'");
            };
        }
        return decoded;
    }

    private static boolean isGzip(byte[] body) {
        return body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    }

    private byte[] gunzip(byte[] body) throws IOException {
        return readCapped(new GZIPInputStream(new ByteArrayInputStream(body)));
    }

    /** HTTP's deflate is zlib-wrapped, but enough servers send raw deflate that both are accepted. */
    private byte[] inflate(byte[] body) throws IOException {
        try {
            return readCapped(new InflaterInputStream(new ByteArrayInputStream(body)));
        } catch (ZipException e) {
            return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(true)));
        }
    }

    private byte[] readCapped(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new ResponseTooLargeException("decompressed response body", limit);
            }
            return bytes;
        }
    }
}
