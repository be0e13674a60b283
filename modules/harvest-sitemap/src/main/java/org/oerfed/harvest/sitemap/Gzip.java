package org.oerfed.harvest.sitemap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.zip.GZIPInputStream;

/** Reading bodies with a size cap, gzip'd or not. */
final class Gzip {

    private Gzip() {
    }

    /** Whether the bytes start with the gzip magic number, as a {@code .xml.gz} sitemap does. */
    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /** The bytes decompressed, at most {@code maxBytes} of them. */
    static byte[] gunzip(byte[] bytes, int maxBytes, URI url) throws IOException {
        return readCapped(new GZIPInputStream(new ByteArrayInputStream(bytes)), maxBytes, url);
    }

    /**
     * @throws ResponseTooLargeException when the stream holds more than {@code maxBytes}; counted after decoding, so
     *                                   that a small compressed bomb cannot exhaust memory
     */
    static byte[] readCapped(InputStream in, int maxBytes, URI url) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) throw new ResponseTooLargeException(url, maxBytes);
        return bytes;
    }

    /** A body bigger than the configured maximum. */
    static final class ResponseTooLargeException extends IOException {
        ResponseTooLargeException(URI url, int maxBytes) {
            super(url + " holds more than " + maxBytes + " bytes, the configured maximum");
        }
    }
}
