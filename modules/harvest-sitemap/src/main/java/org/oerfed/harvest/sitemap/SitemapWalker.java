package org.oerfed.harvest.sitemap;

import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.source.SourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a source's whole sitemap tree into its list of pages: the sitemap at the source's URL, or the sitemaps a
 * sitemap index names (depth first, in document order), bounded by {@link SitemapSettings#maxSitemapDepth()},
 * {@link SitemapSettings#maxSitemaps()} and {@link SitemapSettings#maxPageUrls()}. A page listed twice is kept
 * where it first appears, with its first {@code lastmod}.
 *
 * <p>Any sitemap that cannot be read fails the run with a SOURCE fault rather than being skipped: the list must
 * be the same each time it is read for a resumption token to mean the same position.
 */
final class SitemapWalker {
    private static final Logger LOG = LoggerFactory.getLogger(SitemapWalker.class);
    private static final String ACCEPT = "application/xml, text/xml;q=0.9, application/gzip;q=0.8, */*;q=0.1";

    private final SourceConfig source;
    private final PoliteClient client;
    private final SitemapReader reader;
    private final SitemapSettings settings;

    SitemapWalker(SourceConfig source, PoliteClient client, SitemapReader reader, SitemapSettings settings) {
        this.source = source;
        this.client = client;
        this.reader = reader;
        this.settings = settings;
    }

    /**
     * @throws OerfedException SOURCE when a sitemap cannot be fetched, is disallowed by robots.txt, answers other
     *                         than 2xx, is too large, or is not a sitemap
     */
    List<SitemapEntry> pages() throws InterruptedException {
        Map<URI, SitemapEntry> pages = new LinkedHashMap<>();
        Walk walk = new Walk(pages, new HashSet<>());
        walk.visit(source.url(), 0);
        return List.copyOf(pages.values());
    }

    /** The state of one reading of the tree. */
    private final class Walk {
        private final Map<URI, SitemapEntry> pages;
        private final Set<URI> visited;
        private boolean warnedPageLimit;

        Walk(Map<URI, SitemapEntry> pages, Set<URI> visited) {
            this.pages = pages;
            this.visited = visited;
        }

        void visit(URI url, int depth) throws InterruptedException {
            if (!visited.add(url)) return; // an index naming itself, or a sitemap named twice
            if (visited.size() > settings.maxSitemaps()) {
                LOG.warn("source '{}': not reading sitemap {}: {} sitemaps read, the configured maximum", source.id(), url, settings.maxSitemaps());
                return;
            }
            Sitemap sitemap = fetch(url);
            if (sitemap.skipped() > 0) {
                LOG.warn("source '{}': sitemap {} has {} entries without an HTTP(S) <loc>; they are left out", source.id(), url, sitemap.skipped());
            }
            if (sitemap.index()) {
                if (depth >= settings.maxSitemapDepth()) {
                    LOG.warn("source '{}': not following sitemap index {}: it is {} levels deep, the configured maximum is {}",
                            source.id(), url, depth, settings.maxSitemapDepth());
                    return;
                }
                for (SitemapEntry child : sitemap.entries()) visit(child.loc(), depth + 1);
                return;
            }
            for (SitemapEntry page : sitemap.entries()) {
                if (pages.size() >= settings.maxPageUrls()) {
                    if (!warnedPageLimit) {
                        LOG.warn("source '{}': sitemap {} lists more pages than the configured maximum of {}; the rest are left out",
                                source.id(), url, settings.maxPageUrls());
                        warnedPageLimit = true;
                    }
                    return;
                }
                pages.putIfAbsent(page.loc(), page);
            }
        }
    }

    private Sitemap fetch(URI url) throws InterruptedException {
        String what = "sitemap " + url;
        if (!client.allowed(url)) {
            throw OerfedException.source(source.id(), what + " is disallowed for " + RobotsTxt.PRODUCT_TOKEN
                    + " by its host's robots.txt, expected to be allowed to read it", null);
        }
        Fetched response;
        try {
            response = client.get(url, ACCEPT, settings.maxSitemapBytes());
        } catch (IOException e) {
            throw OerfedException.source(source.id(), "GET " + what + " failed: " + e, e);
        }
        if (!response.ok()) {
            throw OerfedException.source(source.id(), "GET " + what + " answered HTTP " + response.status()
                    + (response.url().equals(url) ? "" : " from " + response.url()) + ", expected 200 with a sitemap", null);
        }
        try {
            return reader.read(response.body(), response.url(), settings.maxSitemapBytes());
        } catch (SitemapReader.SitemapException e) {
            throw OerfedException.source(source.id(), what + " " + e.getMessage()
                    + "; expected a sitemaps.org <urlset> or <sitemapindex>, gzip'd or not", e);
        }
    }
}
