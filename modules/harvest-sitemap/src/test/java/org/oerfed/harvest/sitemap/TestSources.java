package org.oerfed.harvest.sitemap;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;

/** Sitemap sources for tests. */
final class TestSources {

    private TestSources() {
    }

    static SourceConfig sitemap(URI url) {
        return new SourceConfig("test-site", "Test site", "DE", SourceType.SITEMAP, url, SitemapHarvester.METADATA_PREFIX,
                List.of(), Optional.empty());
    }
}
