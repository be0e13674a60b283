package org.oerfed.harvest.sitemap;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code <url>} of a sitemap, or one {@code <sitemap>} of a sitemap index.
 *
 * @param loc     the absolute HTTP(S) URL
 * @param lastmod when the partner says it last changed, if it says
 */
record SitemapEntry(URI loc, Optional<Instant> lastmod) {

    SitemapEntry {
        Objects.requireNonNull(loc, "loc");
        Objects.requireNonNull(lastmod, "lastmod");
    }
}
