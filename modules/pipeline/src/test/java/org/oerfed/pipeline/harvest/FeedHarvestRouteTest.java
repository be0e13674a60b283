package org.oerfed.pipeline.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.harvest.HarvestMode;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.normalise.FeedItemNormaliser;
import org.oerfed.graph.normalise.HardenedXml;
import org.oerfed.graph.normalise.LanguageCodes;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.projection.ConceptCatalogue;
import org.oerfed.graph.projection.SearchDocumentProjection;
import org.oerfed.graph.projection.SourceCountries;
import org.oerfed.harvest.feeds.FeedHarvester;
import org.oerfed.harvest.feeds.FeedSettings;
import org.oerfed.index.lucene.LuceneSearchIndex;
import org.oerfed.store.files.FileDeadLetters;
import org.oerfed.store.files.FileHarvestCheckpoints;
import org.oerfed.store.files.FileHarvestRunLog;
import org.oerfed.store.tdb2.Tdb2GraphStore;

/**
 * A feed source through the same route as OAI-PMH: items become resources, and the persistent high-water
 * mark (the checkpoint) makes the next run take only newer items.
 */
class FeedHarvestRouteTest {
    /** The records are not linked to concepts: a catalogue without any projects them as the service would. */
    private static final SearchDocumentProjection PROJECTION =
            new SearchDocumentProjection(ConceptCatalogue.empty(), SourceCountries.none());
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final AtomicReference<String> feed = new AtomicReference<>();
    private HttpServer server;
    private Tdb2GraphStore store;
    private LuceneSearchIndex index;
    private FileHarvestRunLog runs;
    private java.util.function.Supplier<HarvestRouteBuilder> routes;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", exchange -> {
            byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        store = Tdb2GraphStore.open(dir.resolve("tdb2"));
        index = new LuceneSearchIndex(dir.resolve("lucene"));
        runs = new FileHarvestRunLog(dir.resolve("harvest"));
        ResourceIds ids = new ResourceIds(URI.create("https://oer.example.org/"));
        RecordGraphBuilder graphs = new RecordGraphBuilder(ids,
                List.of(new FeedItemNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris())), Clock.systemUTC());
        RecordIngester ingester = new RecordIngester(graphs, store, PROJECTION, index,
                new FileDeadLetters(dir.resolve("harvest")), Clock.systemUTC());
        SourceConfig source = new SourceConfig("podcast", "Podcast", "DE", SourceType.RSS,
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml"), "feed-item", List.of(), Optional.empty());
        routes = () -> new HarvestRouteBuilder(source, new FeedHarvester(FeedSettings.defaults()), ingester,
                new FileHarvestCheckpoints(dir.resolve("harvest")), runs, Clock.systemUTC(),
                new HarvestPolicy(Duration.ofDays(1), Duration.ofMinutes(5), 1000), new HarvestMetrics(new SimpleMeterRegistry()));
    }

    @AfterEach
    void stop() {
        server.stop(0);
        index.close();
        store.close();
    }

    @Test
    void takesEveryItemFirstThenOnlyNewerOnes() throws Exception {
        Instant old = Instant.parse("2024-03-01T10:00:00Z");
        feed.set(rss(item("ep-1", "Episode 1: Fractions", old), item("ep-2", "Episode 2: Decimals", old.plusSeconds(3600))));
        HarvestRun first = harvest();
        assertThat(first.mode()).isEqualTo(HarvestMode.FULL);
        assertThat(first.counts().added()).isEqualTo(2);
        assertThat(index.count()).isEqualTo(2);

        feed.set(rss(item("ep-1", "Episode 1: Fractions", old), item("ep-2", "Episode 2: Decimals", old.plusSeconds(3600)),
                item("ep-3", "Episode 3: Percentages", Instant.now())));
        HarvestRun second = harvest();

        assertThat(second.mode()).isEqualTo(HarvestMode.INCREMENTAL);
        assertThat(second.counts().added()).isEqualTo(1);
        assertThat(second.counts().unchanged()).isZero();
        assertThat(index.count()).isEqualTo(3);
    }

    private HarvestRun harvest() throws Exception {
        CamelContext camel = new DefaultCamelContext();
        try {
            HarvestRouteBuilder builder = routes.get();
            camel.addRoutes(builder);
            camel.start();
            try (ProducerTemplate producer = camel.createProducerTemplate()) {
                producer.requestBody(builder.harvestEndpoint(), (Object) null);
            }
        } finally {
            camel.stop();
        }
        return runs.latest("podcast").orElseThrow();
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Maths podcast</title>"
                + "<link>https://podcast.example.org/</link><description>Written for OERfed's tests</description><language>en</language>"
                + String.join("", items) + "</channel></rss>";
    }

    private static String item(String guid, String title, Instant published) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>" + title + "</title>"
                + "<link>https://podcast.example.org/" + guid + "</link><pubDate>" + RFC_822.format(published) + "</pubDate></item>";
    }
}
