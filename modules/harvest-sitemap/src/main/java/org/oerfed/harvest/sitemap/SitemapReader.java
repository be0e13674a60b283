package org.oerfed.harvest.sitemap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a sitemap ({@code <urlset>}) or a sitemap index ({@code <sitemapindex>}) of the sitemaps.org protocol,
 * gzip'd or not, streaming, so that a 50 MB sitemap is not held as a tree. Sitemaps are untrusted input: a
 * document with a DOCTYPE is refused, so no entity is ever defined, expanded or fetched.
 *
 * <p>Lenient where real sitemaps are sloppy and it costs nothing: elements are matched by local name in the
 * root's namespace (some sitemaps have none), a relative {@code loc} is resolved against the sitemap's URL,
 * and an entry whose {@code loc} is not an HTTP(S) URL, or whose {@code lastmod} is no date, loses only that
 * part. Elements of extensions ({@code image:loc}, {@code video:*}) are not mistaken for the entry's own.
 */
final class SitemapReader {
    private final XMLInputFactory factory;

    SitemapReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /**
     * @param body     the document's bytes, gzip'd or not
     * @param url      where it came from, to resolve relative locations and name it in errors
     * @param maxBytes the largest document accepted after gzip decoding
     * @throws SitemapException when it is not a well-formed sitemap or sitemap index, or too large
     */
    Sitemap read(byte[] body, URI url, int maxBytes) throws SitemapException {
        byte[] xml;
        try {
            xml = Gzip.isGzip(body) ? Gzip.gunzip(body, maxBytes, url) : body;
        } catch (IOException e) {
            throw new SitemapException("could not be decompressed: " + e.getMessage(), e);
        }
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            try {
                return read(reader, url);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new SitemapException("is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private Sitemap read(XMLStreamReader reader, URI url) throws XMLStreamException, SitemapException {
        String rootNamespace = "";
        String entryName = null;
        boolean index = false;
        boolean inEntry = false;
        List<SitemapEntry> entries = new ArrayList<>();
        int skipped = 0;
        int depth = 0;
        String loc = null;
        String lastmod = null;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new SitemapException("has a DOCTYPE, which is refused: a sitemap needs none, and it could define entities", null);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = reader.getLocalName();
                String namespace = Objects.requireNonNullElse(reader.getNamespaceURI(), "");
                if (depth == 1) {
                    index = switch (name) {
                        case "urlset" -> false;
                        case "sitemapindex" -> true;
                        default -> throw new SitemapException("has the root element <" + name + ">, expected <urlset> or <sitemapindex>", null);
                    };
                    rootNamespace = namespace;
                    entryName = index ? "sitemap" : "url";
                } else if (depth == 2) {
                    inEntry = name.equals(entryName) && namespace.equals(rootNamespace);
                    loc = null;
                    lastmod = null;
                } else if (depth == 3 && inEntry && namespace.equals(rootNamespace) && (name.equals("loc") || name.equals("lastmod"))) {
                    String text = reader.getElementText(); // consumes the element's end tag too
                    depth--;
                    if (name.equals("loc")) loc = text;
                    else lastmod = text;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 2 && inEntry) {
                    Optional<URI> location = location(loc, url);
                    if (location.isPresent()) entries.add(new SitemapEntry(location.get(), W3cDates.parse(lastmod)));
                    else skipped++;
                    inEntry = false;
                }
                depth--;
            }
        }
        return new Sitemap(index, entries, skipped);
    }

    /** The entry's absolute HTTP(S) URL, if its {@code loc} gives one. */
    private static Optional<URI> location(String loc, URI sitemapUrl) {
        if (loc == null || loc.isBlank()) return Optional.empty();
        try {
            URI uri = sitemapUrl.resolve(new URI(loc.strip()));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) return Optional.empty();
            return Optional.of(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A sitemap that cannot be read; the message completes "sitemap X ...". */
    static final class SitemapException extends Exception {
        SitemapException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
