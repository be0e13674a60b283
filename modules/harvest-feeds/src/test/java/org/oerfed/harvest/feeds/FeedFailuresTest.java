package org.oerfed.harvest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;

/** Feeds that fail as a whole, and sources configured wrongly: each fault names the source and the URL. */
class FeedFailuresTest {
    private final FeedServer server = new FeedServer();
    private final FeedHarvester harvester = new FeedHarvester(FeedSettings.defaults());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void malformedXmlIsASourceFaultWithTheParsersMessage() {
        server.serveResource("malformed.xml", "application/rss+xml");

        assertSourceFault("/feeds/malformed.xml")
                .hasMessageContaining("is not well-formed XML")
                .hasMessageContaining("must be terminated by the matching end-tag \"</item>\"");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsExpandedOrFetched(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        String feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
                + "  <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n"
                + "  <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                + "  <!ENTITY secret SYSTEM \"" + secret.toUri() + "\">\n]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link><description>d</description>"
                + "<item><title>&b;&secret;</title><guid>https://x.example/1</guid></item></channel></rss>";
        server.serve("/feeds/doctype.xml", FeedServer.Response.of("application/rss+xml", feed.getBytes(StandardCharsets.UTF_8)));

        assertSourceFault("/feeds/doctype.xml")
                .hasMessageContaining("DOCTYPE")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET-VALUE"));
    }

    @Test
    void anHtmlPageIsNotAFeed() {
        server.serveResource("not-a-feed.html", "text/html");

        assertSourceFault("/feeds/not-a-feed.html").hasMessageContaining("is not an RSS or Atom feed")
                .hasMessageContaining("Content-Type text/html");
    }

    @Test
    void anHttpErrorIsASourceFaultNamingTheStatus() {
        server.serve("/feeds/gone.xml", FeedServer.Response.status(410, "gone"));

        assertSourceFault("/feeds/gone.xml").hasMessageContaining("answered HTTP 410");
    }

    @Test
    void aFeedLargerThanTheLimitIsRefusedEvenWhenGzipped() {
        byte[] feed = FeedServer.resource("media-rss.xml");
        server.serve("/feeds/big.xml", FeedServer.Response.gzipped("application/rss+xml", feed));
        FeedHarvester small = new FeedHarvester(FeedSettings.defaults().withMaxResponseBytes(feed.length - 1));

        assertThatThrownBy(() -> small.pages(TestSources.feed(server.url("/feeds/big.xml"))).next())
                .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.SOURCE))
                .hasMessageContaining("GET " + server.url("/feeds/big.xml"))
                .hasMessageContaining("more than " + (feed.length - 1) + " bytes");
    }

    @Test
    void anUnreachablePartnerIsASourceFault() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + closedPort + "/feed.xml");

        assertThatThrownBy(() -> harvester.pages(TestSources.feed(url)).next())
                .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.SOURCE))
                .hasMessageContaining("source 'test-feed'")
                .hasMessageContaining("GET " + url + " failed: ConnectException");
    }

    @Test
    void aUrlThatIsNotHttpIsASetupFault() {
        SourceConfig source = TestSources.feed(URI.create("file:///etc/hosts"));

        assertThatThrownBy(() -> harvester.pages(source, HarvestRequest.everything()))
                .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.SETUP))
                .hasMessageContaining("source 'test-feed'").hasMessageContaining("file:///etc/hosts");
    }

    @Test
    void anotherMetadataFormatIsASetupFault() {
        SourceConfig source = new SourceConfig("test-feed", "Test", "FR", SourceType.RSS, server.url("/feed.xml"), "oai_dc",
                List.of(), Optional.empty());

        assertThatThrownBy(() -> harvester.describe(source))
                .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.SETUP))
                .hasMessageContaining("'oai_dc'").hasMessageContaining("expected 'feed-item'");
    }

    @Test
    void anOaiPmhSourceIsNotForThisHarvester() {
        SourceConfig source = new SourceConfig("oai", "OAI", "FR", SourceType.OAI_PMH, server.url("/oai"), "oai_dc",
                List.of(), Optional.empty());

        assertThatThrownBy(() -> harvester.pages(source)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oai-pmh");
    }

    private AbstractThrowableAssert<?, ? extends Throwable> assertSourceFault(String path) {
        URI url = server.url(path);
        return assertThatThrownBy(() -> harvester.pages(TestSources.feed(url)).next())
                .isInstanceOfSatisfying(OerfedException.class, e -> {
                    assertThat(e.fault()).isEqualTo(Fault.SOURCE);
                    assertThat(e.sourceId()).isEqualTo("test-feed");
                })
                .hasMessageContaining(url.toString());
    }
}
