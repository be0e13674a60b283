package org.oerfed.harvest.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.source.SourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A feed as one page: a feed is one document with no paging, so there is exactly one {@code next()}, which
 * fetches and parses it. One attempt per iterator: a failed fetch is not retried by calling {@code next()}
 * again, the caller asks for new pages.
 */
final class FeedPages implements Iterator<RecordPage> {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPages.class);

    private final SourceConfig source;
    private final HarvestRequest request;
    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final FeedItemReader reader;
    private final FeedItemWriter writer;
    private boolean fetched;

    FeedPages(SourceConfig source, HarvestRequest request, FeedFetcher fetcher, FeedParser parser,
              FeedItemReader reader, FeedItemWriter writer) {
        this.source = source;
        this.request = request;
        this.fetcher = fetcher;
        this.parser = parser;
        this.reader = reader;
        this.writer = writer;
    }

    @Override
    public boolean hasNext() {
        return !fetched;
    }

    @Override
    public RecordPage next() {
        if (fetched) throw new NoSuchElementException("a feed is one page, and it has been fetched");
        fetched = true;
        FetchedFeed response = fetcher.fetch(source);
        SyndFeed feed = parser.parse(response, source);
        List<HarvestedRecord> records = new ArrayList<>();
        for (FeedItem item : items(feed, FeedContext.of(response.url(), feed))) {
            if (inWindow(item.date())) records.add(record(item, response.fetchedAt()));
        }
        return new RecordPage(records, Optional.empty(), Optional.of((long) records.size()));
    }

    /** Each item once: an id seen again replaces the earlier item (the later one is the feed's last word). */
    private List<FeedItem> items(SyndFeed feed, FeedContext context) {
        Map<String, FeedItem> items = new LinkedHashMap<>();
        int position = 0;
        for (SyndEntry entry : feed.getEntries()) {
            position++;
            try {
                FeedItem item = reader.read(entry, context);
                if (items.remove(item.id()) != null) {
                    LOG.debug("source '{}': feed {} repeats item '{}'; the later one is kept", source.id(), context.url(), item.id());
                }
                items.put(item.id(), item);
            } catch (RuntimeException e) {
                LOG.warn("source '{}': skipping item {} ({}) of feed {}: {}", source.id(), position, describe(entry),
                        context.url(), e.getMessage());
            }
        }
        return List.copyOf(items.values());
    }

    /** The caller's window, both ends inclusive as {@link HarvestRequest} says; undated items always pass. */
    private boolean inWindow(Optional<Instant> date) {
        if (date.isEmpty()) return true;
        Instant d = date.get();
        return request.from().map(from -> !d.isBefore(from)).orElse(true)
                && request.until().map(until -> !d.isAfter(until)).orElse(true);
    }

    private HarvestedRecord record(FeedItem item, Instant fetchedAt) {
        return new HarvestedRecord(source.id(), item.id(), item.date().orElse(fetchedAt), List.of(),
                FeedItemFormat.METADATA_PREFIX, Optional.of(writer.write(item)));
    }

    /** What an operator needs to find a skipped item in the feed. */
    private static String describe(SyndEntry entry) {
        String title = entry.getTitle() == null ? "untitled" : "'" + entry.getTitle().strip() + "'";
        return entry.getLink() == null ? title : title + " at " + entry.getLink().strip();
    }
}
