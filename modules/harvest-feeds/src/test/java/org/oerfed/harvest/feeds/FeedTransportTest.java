package org.oerfed.harvest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oerfed.core.harvest.HarvestedRecord;
import org.slf4j.LoggerFactory;

/** How the harvester talks HTTP, and what it tells the operator about items it skips. */
class FeedTransportTest {
    private final FeedServer server = new FeedServer();
    private final FeedHarvester harvester = new FeedHarvester(FeedSettings.defaults().withUserAgent("OERfed-test/1 (+mailto:ops@example.org)"));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsItsUserAgentAsksForGzipAndDecodesIt() {
        server.serve("/feeds/atom.xml", FeedServer.Response.gzipped("application/atom+xml", FeedServer.resource("atom.xml")));

        List<HarvestedRecord> records = harvester.pages(TestSources.feed(server.url("/feeds/atom.xml"))).next().records();

        assertThat(records).hasSize(2);
        assertThat(server.requests()).singleElement().satisfies(r -> {
            assertThat(r.userAgent()).isEqualTo("OERfed-test/1 (+mailto:ops@example.org)");
            assertThat(r.acceptEncoding()).isEqualTo("gzip");
        });
    }

    @Test
    void followsRedirectsAndResolvesRelativeLinksAgainstTheFinalUrl() {
        server.serve("/old/feed.xml", FeedServer.Response.redirect("/feeds/rss2-podcast.xml"))
                .serveResource("rss2-podcast.xml", "application/rss+xml");

        List<HarvestedRecord> records = harvester.pages(TestSources.feed(server.url("/old/feed.xml"))).next().records();

        HarvestedRecord counting = records.stream().filter(r -> r.identifier().equals("https://atelier.example.org/counting-in-french"))
                .findFirst().orElseThrow();
        assertThat(ItemDocument.of(counting).text("link")).contains(server.url("/en/counting-in-french").toString());
        assertThat(server.requests()).extracting(FeedServer.Request::path).containsExactly("/old/feed.xml", "/feeds/rss2-podcast.xml");
    }

    @Test
    void aSkippedItemIsLoggedWithTheSourceTheFeedAndTheItem() {
        server.serveResource("rss2-podcast.xml", "application/rss+xml");
        Logger logger = (Logger) LoggerFactory.getLogger(FeedPages.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            harvester.pages(TestSources.feed(server.url("/feeds/rss2-podcast.xml"))).next();
        } finally {
            logger.detachAppender(log);
        }

        assertThat(log.list).filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN).singleElement()
                .extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("source 'test-feed'")
                .contains("item 5 ('Brouillon sans adresse')")
                .contains(server.url("/feeds/rss2-podcast.xml").toString())
                .contains("neither a guid/id nor a link");
    }
}
