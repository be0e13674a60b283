package org.oerfed.harvest.feeds;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;

/** Feed sources for tests. */
final class TestSources {

    private TestSources() {
    }

    static SourceConfig feed(URI url) {
        return new SourceConfig("test-feed", "Test feed", "FR", SourceType.RSS, url, FeedItemFormat.METADATA_PREFIX,
                List.of(), Optional.empty());
    }
}
