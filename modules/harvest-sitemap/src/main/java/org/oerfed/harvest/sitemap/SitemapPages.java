package org.oerfed.harvest.sitemap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.harvest.ResumptionTokenRejectedException;
import org.oerfed.core.source.SourceConfig;

/**
 * A source's pages in the window, {@link SitemapSettings#recordsPerPage()} page URLs per {@link RecordPage}:
 * the first {@code next()} reads the sitemaps, each {@code next()} fetches one batch of pages. The list is in
 * sitemap order, and each record page but the last carries a token for the position after it.
 */
final class SitemapPages implements Iterator<RecordPage> {
    private final SourceConfig source;
    private final HarvestRequest request;
    private final SitemapWalker walker;
    private final PageRecords pages;
    private final int batch;
    private List<SitemapEntry> urls;
    private int position;
    private boolean finished;

    SitemapPages(SourceConfig source, HarvestRequest request, SitemapWalker walker, PageRecords pages, int batch) {
        this.source = source;
        this.request = request;
        this.walker = walker;
        this.pages = pages;
        this.batch = batch;
    }

    @Override
    public boolean hasNext() {
        return !finished;
    }

    /**
     * @throws OerfedException SOURCE when a sitemap cannot be read, or the thread is interrupted;
     *                         {@link ResumptionTokenRejectedException} when the request's token is not one of this
     *                         harvester's, or the page it stopped after is no longer in the sitemaps
     */
    @Override
    public RecordPage next() {
        if (finished) throw new NoSuchElementException("all pages of the sitemaps of source '" + source.id() + "' were delivered");
        try {
            if (urls == null) {
                urls = walker.pages().stream().filter(this::inWindow).toList();
                position = request.resumptionToken().map(this::resume).orElse(0);
            }
            int end = Math.min(position + batch, urls.size());
            List<HarvestedRecord> records = new ArrayList<>();
            for (int i = position; i < end; i++) pages.read(urls.get(i)).ifPresent(records::add);
            position = end;
            finished = position >= urls.size();
            Optional<String> token = finished ? Optional.empty() : Optional.of(ResumptionToken.after(urls, position).encode());
            return new RecordPage(records, token, Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = true;
            throw OerfedException.source(source.id(), "harvest of sitemap " + source.url() + " was interrupted", e);
        } catch (RuntimeException e) {
            finished = true; // one attempt per iterator: the caller resumes with the last token it stored
            throw e;
        }
    }

    private int resume(String token) {
        ResumptionToken position = ResumptionToken.decode(token).orElseThrow(() -> new ResumptionTokenRejectedException(source.id(),
                "resumption token '" + token + "' was not written by the sitemap harvester; expected one from an earlier page"));
        return position.positionIn(urls).orElseThrow(() -> new ResumptionTokenRejectedException(source.id(),
                "the page a harvest of " + source.url() + " stopped after is no longer in its sitemaps; start the window again"));
    }

    /** Both ends inclusive, as {@link HarvestRequest} says; a page without {@code lastmod} is always in. */
    private boolean inWindow(SitemapEntry page) {
        if (page.lastmod().isEmpty()) return true;
        Instant lastmod = page.lastmod().get();
        return request.from().map(from -> !lastmod.isBefore(from)).orElse(true)
                && request.until().map(until -> !lastmod.isAfter(until)).orElse(true);
    }
}
