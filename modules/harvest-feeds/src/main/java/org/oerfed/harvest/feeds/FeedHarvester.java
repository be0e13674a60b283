package org.oerfed.harvest.feeds;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.DeletedRecords;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.Harvester;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.harvest.SourceDescription;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;

/**
 * Harvests an RSS 2.0, RSS 1.0, Atom or Media RSS feed: one GET of the source's URL, one page holding every
 * item dated in the requested window, each in the {@linkplain FeedItemFormat feed-item format}.
 *
 * <ul>
 *   <li>A record's identifier is the item's guid (Atom id, RSS 1.0 {@code rdf:about}), else its link; an
 *       item repeated in the feed is delivered once, as it appears last. An item with neither is skipped
 *       with a warning naming the feed and the item.</li>
 *   <li>A record's datestamp is the item's updated date, else its published date, else the time of the
 *       fetch. Items dated before {@link HarvestRequest#from()} or after {@link HarvestRequest#until()}
 *       (both inclusive, so an item at the caller's high-water mark is delivered again rather than risk
 *       missing one published in the same second) are left out; items without a date are always
 *       delivered, since nothing says whether they are new. Feeds have no paging, so a resumption token in
 *       the request is ignored and the page carries none.</li>
 *   <li>Feeds never say what was removed: {@link #describe} reports {@link DeletedRecords#NO}.</li>
 * </ul>
 *
 * <p>Failures are {@link OerfedException}s naming the source and the URL: {@code SOURCE} when the partner
 * cannot be reached, times out, answers with a status other than 2xx, sends more than
 * {@link FeedSettings#maxResponseBytes()}, or sends something that is not a well-formed feed (a DOCTYPE
 * included), with the parser's message; {@code SETUP} when the source's URL is not HTTP(S) or it asks for
 * a metadata format other than {@value FeedItemFormat#METADATA_PREFIX}.
 *
 * <p>Thread-safe: one HTTP client is shared by all calls; each {@link #pages} iterator is for one thread.
 */
public final class FeedHarvester implements Harvester {
    private final FeedFetcher fetcher;
    private final FeedParser parser = new FeedParser();
    private final FeedItemReader reader = new FeedItemReader();
    private final FeedItemWriter writer = new FeedItemWriter();

    /** A harvester with the given timeouts, user agent and size limit, dating undated items by the UTC clock. */
    public FeedHarvester(FeedSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /**
     * @param settings timeouts, user agent and size limit
     * @param clock    gives the fetch time, the datestamp of items without a date
     */
    public FeedHarvester(FeedSettings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // NORMAL never follows an https URL to plain http
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.fetcher = new FeedFetcher(client, settings, clock);
    }

    /** {@link SourceType#RSS}, which covers every feed dialect. */
    @Override
    public SourceType type() {
        return SourceType.RSS;
    }

    /**
     * What every feed is, without asking it: no deletions, dates to the second, one format
     * ({@value FeedItemFormat#METADATA_PREFIX}), no sets.
     *
     * @throws OerfedException SETUP when the source asks for another metadata format
     */
    @Override
    public SourceDescription describe(SourceConfig source) {
        check(source);
        return new SourceDescription(Optional.empty(), DeletedRecords.NO, true, List.of(FeedItemFormat.METADATA_PREFIX),
                List.of(), FeedItemFormat.METADATA_PREFIX);
    }

    /**
     * The feed's items in the window, as one page, lazily: nothing is fetched until {@code next()}.
     *
     * @throws IllegalArgumentException if the source is not a feed source
     * @throws OerfedException          SETUP if its URL is not HTTP(S) or it asks for another metadata format
     */
    @Override
    public Iterator<RecordPage> pages(SourceConfig source, HarvestRequest request) {
        check(source);
        Objects.requireNonNull(request, "request");
        return new FeedPages(source, request, fetcher, parser, reader, writer);
    }

    private static void check(SourceConfig source) {
        Objects.requireNonNull(source, "source");
        if (source.type() != SourceType.RSS) {
            throw new IllegalArgumentException("source '" + source.id() + "' is " + source.type().key() + ", not " + SourceType.RSS.key());
        }
        String scheme = source.url().getScheme() == null ? "" : source.url().getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || source.url().getHost() == null) {
            throw new OerfedException(Fault.SETUP, source.id(), null,
                    "url '" + source.url() + "' is not an HTTP(S) URL, expected the address of an RSS or Atom feed");
        }
        String prefix = source.metadataPrefix();
        if (!prefix.isBlank() && !prefix.equals(FeedItemFormat.METADATA_PREFIX)) {
            throw new OerfedException(Fault.SETUP, source.id(), null, "metadataPrefix '" + prefix
                    + "' is not offered by a feed source, expected '" + FeedItemFormat.METADATA_PREFIX + "' or none");
        }
    }
}
