package org.oerfed.harvest.sitemap;

import java.util.List;

/**
 * One sitemap document.
 *
 * @param index   whether it is a sitemap index, whose entries are sitemaps, rather than a urlset of pages
 * @param entries its entries in document order
 * @param skipped how many entries were left out because their {@code loc} is no HTTP(S) URL
 */
record Sitemap(boolean index, List<SitemapEntry> entries, int skipped) {

    Sitemap {
        entries = List.copyOf(entries);
    }
}
