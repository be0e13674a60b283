package org.oerfed.harvest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oerfed.core.harvest.HarvestedRecord;

/**
 * The real feeds of the shared corpus ({@code shared/corpus/feeds}, described in its SOURCES.md), served
 * over HTTP as a partner would. Skipped where the corpus is absent; {@code -Doerfed.corpus.dir} points
 * elsewhere. Every file is listed with what it must give, so a file added to the corpus fails here until
 * someone decides what it should give.
 */
class CorpusFeedsTest {
    /**
     * Records per file, counted by hand in each file (items with distinct guids). The three MALFORMED files
     * are all read leniently: two have a newline before the XML declaration, which is trimmed; one has a
     * bare '&' in a link, which ROME's healer escapes.
     */
    private static final Map<String, Integer> EXPECTED = Map.of(
            "MALFORMED-leading-newline-swr2-wissen-podcast-itunes-keywords.rss", 1,
            "MALFORMED-leading-newline-youtube-channel-atom-media-rss.xml", 15,
            "MALFORMED-rss-unescaped-ampersand.xml", 3,
            "braingle-brainteasers-duplicate-guids.xml", 1,
            "cre-podcast-technik-kultur-gesellschaft.xml", 30,
            "nlab-atom-non-text-alternate-links.xml", 1,
            "rss2-spec-sample-liftoff-news.xml", 4,
            "science-magazine-rss1-rdf.rss", 69,
            "washingtonpost-wellness-media-rss.xml", 29);

    private final Path corpus = Path.of(System.getProperty("oerfed.corpus.dir", "../../../shared/corpus")).resolve("feeds");
    private FeedServer server;
    private final FeedHarvester harvester = new FeedHarvester(FeedSettings.defaults());

    @BeforeEach
    void serveCorpus() throws IOException {
        assumeTrue(Files.isDirectory(corpus), "no feed corpus at " + corpus.toAbsolutePath());
        server = new FeedServer();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.toList()) {
                // no charset: each file's own declaration (or UTF-8) must decide
                server.serve("/" + file.getFileName(), FeedServer.Response.of("application/xml", Files.readAllBytes(file)));
            }
        }
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }

    @Test
    void everyCorpusFeedHasAnExpectation() throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyFeedGivesItsItemsAsWellFormedFeedItems(String file) {
        List<HarvestedRecord> records = harvest(file);

        assertThat(records).hasSize(EXPECTED.get(file));
        assertThat(records).extracting(HarvestedRecord::identifier).doesNotHaveDuplicates();
        for (HarvestedRecord record : records) {
            assertThat(ItemDocument.of(record).text("id")).contains(record.identifier());
        }
    }

    @Test
    void aBareAmpersandInALinkIsRepairedNotFatal() {
        Map<String, HarvestedRecord> records = byId(harvest("MALFORMED-rss-unescaped-ampersand.xml"));

        assertThat(ItemDocument.of(records.get("http://example.com/bad")).text("link")).contains("http://example.com/bad?foo=1&bar=2");
        assertThat(records).containsKey("http://example.com/after");
    }

    @Test
    void youtubeVideosTakeTheirDescriptionAndFilesFromMediaGroups() {
        List<HarvestedRecord> records = harvest("MALFORMED-leading-newline-youtube-channel-atom-media-rss.xml");

        assertThat(records).allSatisfy(r -> {
            ItemDocument item = ItemDocument.of(r);
            assertThat(r.identifier()).startsWith("yt:video:");
            assertThat(item.text("link")).hasValueSatisfying(l -> assertThat(l).startsWith("http://www.youtube.com/watch?v="));
            assertThat(item.media()).isNotEmpty().allSatisfy(m -> assertThat(m.get("type")).isEqualTo("application/x-shockwave-flash"));
        });
        assertThat(records).filteredOn(r -> ItemDocument.of(r).text("description").isPresent()).isNotEmpty();
    }

    @Test
    void podcastEpisodesKeepTheirAudioAndTheFeedsGermanLanguage() {
        List<HarvestedRecord> records = harvest("cre-podcast-technik-kultur-gesellschaft.xml");

        assertThat(records).allSatisfy(r -> {
            ItemDocument item = ItemDocument.of(r);
            assertThat(item.text("language")).contains("de-DE");
            assertThat(item.media()).isNotEmpty().allSatisfy(m -> assertThat(m.get("type")).startsWith("audio/"));
            assertThat(item.text("description")).hasValueSatisfying(d -> assertThat(d).doesNotContain("<p>", "&amp;"));
        });
    }

    @Test
    void rss1ItemsAreDatedAndAuthoredFromDublinCore() {
        List<HarvestedRecord> records = harvest("science-magazine-rss1-rdf.rss");

        HarvestedRecord fungi = byId(records).get("http://science.sciencemag.org/cgi/content/short/356/6343/1134-a?rss=1");
        assertThat(ItemDocument.of(fungi).text("title")).contains("Food for fungi");
        assertThat(ItemDocument.of(fungi).texts("author")).containsExactly("Hines, P. J.");
        assertThat(ItemDocument.of(fungi).text("published")).isPresent();
    }

    static Stream<String> files() {
        return EXPECTED.keySet().stream().sorted();
    }

    private List<HarvestedRecord> harvest(String file) {
        return harvester.pages(TestSources.feed(server.url("/" + file))).next().records();
    }

    private static Map<String, HarvestedRecord> byId(List<HarvestedRecord> records) {
        return records.stream().collect(Collectors.toMap(HarvestedRecord::identifier, r -> r));
    }
}
