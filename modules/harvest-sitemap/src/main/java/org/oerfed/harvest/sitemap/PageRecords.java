package org.oerfed.harvest.sitemap;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.source.SourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one page of a sitemap into one record: fetched if robots.txt allows, its JSON-LD found and chosen.
 * A page that cannot be had (disallowed, unreachable after retries, not 2xx, too large) or describes no resource
 * is skipped with a warning naming the source and the page, and the run goes on.
 */
final class PageRecords {
    private static final Logger LOG = LoggerFactory.getLogger(PageRecords.class);
    private static final String ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1";

    private final SourceConfig source;
    private final PoliteClient client;
    private final JsonLdExtractor extractor;
    private final JsonLdSelector selector;
    private final SitemapSettings settings;

    PageRecords(SourceConfig source, PoliteClient client, JsonLdExtractor extractor, JsonLdSelector selector, SitemapSettings settings) {
        this.source = source;
        this.client = client;
        this.extractor = extractor;
        this.selector = selector;
        this.settings = settings;
    }

    Optional<HarvestedRecord> read(SitemapEntry page) throws InterruptedException {
        if (!client.allowed(page.loc())) {
            LOG.warn("source '{}': skipping page {}: its host's robots.txt disallows it for {}", source.id(), page.loc(), RobotsTxt.PRODUCT_TOKEN);
            return Optional.empty();
        }
        Fetched response;
        try {
            response = client.get(page.loc(), ACCEPT, settings.maxPageBytes());
        } catch (IOException e) {
            LOG.warn("source '{}': skipping page {}: GET failed after {} attempts: {}", source.id(), page.loc(), settings.maxAttempts(), e.toString());
            return Optional.empty();
        }
        if (!response.ok()) {
            LOG.warn("source '{}': skipping page {}: it answered HTTP {}{}, expected 200 with an HTML page", source.id(), page.loc(),
                    response.status(), response.url().equals(page.loc()) ? "" : " from " + response.url());
            return Optional.empty();
        }
        List<String> blocks = extractor.extract(response.body(), response.contentType(), response.url());
        JsonLdSelector.Selection selection = selector.select(blocks, page.loc());
        if (selection.jsonLd().isEmpty()) {
            LOG.warn("source '{}': skipping page {}: none of its {} JSON-LD blocks{} describes a LearningResource or CreativeWork",
                    source.id(), page.loc(), blocks.size(),
                    selection.unparseable() == 0 ? "" : " (" + selection.unparseable() + " of them not JSON)");
            return Optional.empty();
        }
        PageJsonLd jsonLd = selection.jsonLd().get();
        return Optional.of(new HarvestedRecord(source.id(), jsonLd.id().orElse(page.loc().toString()),
                page.lastmod().or(jsonLd::dateModified).orElse(response.fetchedAt()), List.of(),
                SitemapHarvester.METADATA_PREFIX, Optional.of(jsonLd.json())));
    }
}
