package org.oerfed.harvest.sitemap;

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
 * Harvests a partner that lists its pages in a sitemap and describes each page's resource in schema.org/LRMI
 * JSON-LD ({@code <script type="application/ld+json">}): one record per page, in format
 * {@value #METADATA_PREFIX}.
 *
 * <ul>
 *   <li>The source's URL is a sitemap ({@code <urlset>}) or a sitemap index, whose sitemaps are followed (gzip'd
 *       ones too), within the bounds of {@link SitemapSettings}. Pages are delivered in sitemap order.</li>
 *   <li>Pages whose {@code lastmod} is before {@link HarvestRequest#from()} or after {@link HarvestRequest#until()}
 *       (both inclusive) are not fetched; pages without {@code lastmod} always are, since nothing says whether they
 *       changed.</li>
 *   <li>Each page's JSON-LD object describing a {@code LearningResource} or {@code CreativeWork} (see
 *       {@link CreativeWorkTypes}) becomes the record: identifier its {@code @id} if absolute, else the page URL;
 *       datestamp the page's {@code lastmod}, else its {@code dateModified}, else the fetch time; metadata the JSON-LD
 *       as JSON text, with {@code mainEntityOfPage} the page URL unless it names one.</li>
 *   <li>Politely: each host's robots.txt is obeyed for the product token {@value RobotsTxt#PRODUCT_TOKEN} (else
 *       {@code *}), requests to a host are spaced by the longer of its {@code Crawl-delay} and
 *       {@link SitemapSettings#minDelayPerHost()}, and the configured user agent is sent.</li>
 *   <li>Each {@link RecordPage} covers {@link SitemapSettings#recordsPerPage()} page URLs; its resumption token
 *       says where in the URL list it ended. Resumed with {@link HarvestRequest#resumedAt}, the sitemaps are read
 *       again and the harvest goes on after the last page done, found by its URL, so pages added to the sitemaps
 *       meanwhile shift nothing.</li>
 *   <li>Sitemaps never say what was removed: {@link #describe} reports {@link DeletedRecords#NO}.</li>
 * </ul>
 *
 * <p>Failures: a page that is disallowed, cannot be fetched after {@link SitemapSettings#maxAttempts()}, answers
 * other than 2xx, or carries no such JSON-LD is skipped with a warning naming the source and the page. A sitemap
 * that cannot be read fails the run: an {@link OerfedException} SOURCE naming the source, the sitemap URL and what
 * was expected. SETUP when the source's URL is not HTTP(S) or it asks for a format other than
 * {@value #METADATA_PREFIX}.
 *
 * <p>Thread-safe: one HTTP client is shared by all calls; each {@link #pages} iterator is for one thread, with its
 * own robots.txt cache and politeness clock, so two sources on one host are not spaced against each other.
 */
public final class SitemapHarvester implements Harvester {
    /** The format of the records: a schema.org JSON-LD document as JSON text. */
    public static final String METADATA_PREFIX = "schema-jsonld";

    private final SitemapSettings settings;
    private final HttpFetcher fetcher;
    private final Clock clock;
    private final Sleeper sleeper;
    private final SitemapReader reader = new SitemapReader();
    private final JsonLdExtractor extractor = new JsonLdExtractor();
    private final JsonLdSelector selector = new JsonLdSelector();

    /** A harvester with the given settings, dating pages by the UTC clock and waiting for real. */
    public SitemapHarvester(SitemapSettings settings) {
        this(settings, Clock.systemUTC(), Sleeper.system());
    }

    /**
     * @param settings timeouts, user agent, politeness, retries and limits
     * @param clock    gives fetch times (the datestamp of pages without a date) and paces requests
     * @param sleeper  waits between requests to one host and before retries
     */
    public SitemapHarvester(SitemapSettings settings, Clock clock, Sleeper sleeper) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // NORMAL never follows an https URL to plain http
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.fetcher = new HttpFetcher(client, settings, clock);
    }

    /** {@link SourceType#SITEMAP}. */
    @Override
    public SourceType type() {
        return SourceType.SITEMAP;
    }

    /**
     * What every sitemap source is, without asking it: no deletions, dates to the second, one format
     * ({@value #METADATA_PREFIX}), no sets.
     *
     * @throws OerfedException SETUP when the source's URL is not HTTP(S) or it asks for another metadata format
     */
    @Override
    public SourceDescription describe(SourceConfig source) {
        check(source);
        return new SourceDescription(Optional.empty(), DeletedRecords.NO, true, List.of(METADATA_PREFIX), List.of(), METADATA_PREFIX);
    }

    /**
     * The pages of the source's sitemaps in the window, lazily: nothing is fetched until {@code next()}.
     *
     * @throws IllegalArgumentException if the source is not a sitemap source
     * @throws OerfedException          SETUP if its URL is not HTTP(S) or it asks for another metadata format
     */
    @Override
    public Iterator<RecordPage> pages(SourceConfig source, HarvestRequest request) {
        check(source);
        Objects.requireNonNull(request, "request");
        PoliteClient client = new PoliteClient(source.id(), fetcher, new HostThrottle(clock, sleeper), sleeper, settings);
        return new SitemapPages(source, request, new SitemapWalker(source, client, reader, settings),
                new PageRecords(source, client, extractor, selector, settings), settings.recordsPerPage());
    }

    private static void check(SourceConfig source) {
        Objects.requireNonNull(source, "source");
        if (source.type() != SourceType.SITEMAP) {
            throw new IllegalArgumentException("source '" + source.id() + "' is " + source.type().key() + ", not " + SourceType.SITEMAP.key());
        }
        String scheme = source.url().getScheme() == null ? "" : source.url().getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || source.url().getHost() == null) {
            throw new OerfedException(Fault.SETUP, source.id(), null,
                    "url '" + source.url() + "' is not an HTTP(S) URL, expected the address of a sitemap or sitemap index");
        }
        String prefix = source.metadataPrefix();
        if (!prefix.isBlank() && !prefix.equals(METADATA_PREFIX)) {
            throw new OerfedException(Fault.SETUP, source.id(), null, "metadataPrefix '" + prefix
                    + "' is not offered by a sitemap source, expected '" + METADATA_PREFIX + "' or none");
        }
    }
}
