package org.oerfed.harvest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oerfed.core.harvest.DeletedRecords;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.harvest.SourceDescription;
import org.oerfed.core.source.SourceType;

/** Each feed dialect, served over real HTTP, harvested into feed-item records. */
class FeedHarvesterTest {
    private static final Instant FETCH_TIME = Instant.parse("2024-06-01T12:00:00Z");
    private static final String RSS = "application/rss+xml; charset=UTF-8";

    private final FeedServer server = new FeedServer();
    private final FeedHarvester harvester = new FeedHarvester(FeedSettings.defaults(), Clock.fixed(FETCH_TIME, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void describesEveryFeedTheSameWay() {
        SourceDescription description = harvester.describe(TestSources.feed(server.url("/feeds/any.xml")));

        assertThat(harvester.type()).isEqualTo(SourceType.RSS);
        assertThat(description.deletedRecords()).isEqualTo(DeletedRecords.NO);
        assertThat(description.secondsGranularity()).isTrue();
        assertThat(description.metadataPrefixes()).containsExactly("feed-item");
        assertThat(description.metadataPrefix()).isEqualTo("feed-item");
        assertThat(description.sets()).isEmpty();
        assertThat(server.requests()).as("describing a feed needs no request").isEmpty();
    }

    @Test
    void rss2ItemsCollapseDuplicateGuidsAndSkipItemsWithoutIdentity() {
        server.serveResource("rss2-podcast.xml", RSS);

        Map<String, HarvestedRecord> records = byId(harvestAll("/feeds/rss2-podcast.xml"));

        assertThat(records).containsOnlyKeys("urn:uuid:5c1d0a5e-1111-4c6b-9a35-0e7c4b1e0001",
                "https://atelier.example.org/counting-in-french", "https://atelier.example.org/lexique-du-jardin");
        HarvestedRecord fractions = records.get("urn:uuid:5c1d0a5e-1111-4c6b-9a35-0e7c4b1e0001");
        assertThat(fractions.sourceId()).isEqualTo("test-feed");
        assertThat(fractions.metadataPrefix()).isEqualTo("feed-item");
        assertThat(fractions.sets()).isEmpty();
        assertThat(fractions.datestamp()).as("the later of the two items with this guid").isEqualTo("2024-03-01T10:00:00Z");
        ItemDocument item = ItemDocument.of(fractions);
        assertThat(item.text("title")).contains("Les fractions en images");
        assertThat(item.text("description")).contains("Une leçon illustrée pour le cycle 3 : partager une pizza & comparer.");
        assertThat(item.text("link")).contains("https://atelier.example.org/fractions-en-images");
        assertThat(item.text("published")).contains("2024-03-01T10:00:00Z");
        assertThat(item.text("updated")).isEmpty();
        assertThat(item.text("language")).as("the channel's").contains("fr-FR");
        assertThat(item.texts("author")).containsExactly("claire.dumas@atelier.example.org (Claire Dumas)");
        assertThat(item.texts("category")).containsExactly("Mathématiques", "Cycle 3");
        assertThat(item.texts("license")).containsExactly("http://creativecommons.org/licenses/by-sa/4.0/");
        assertThat(item.texts("rights")).as("the item's licence wins over the channel's copyright").isEmpty();
        assertThat(item.media()).containsExactly(
                Map.of("url", "https://atelier.example.org/audio/fractions.mp3", "type", "audio/mpeg", "length", "1234567"));
    }

    @Test
    void rss2ItemsTakeTheirOwnLanguageResolveRelativeLinksAndInheritTheChannelsRights() {
        server.serveResource("rss2-podcast.xml", RSS);

        Map<String, HarvestedRecord> records = byId(harvestAll("/feeds/rss2-podcast.xml"));

        HarvestedRecord counting = records.get("https://atelier.example.org/counting-in-french");
        assertThat(counting.datestamp()).isEqualTo("2024-01-15T07:30:00Z");
        ItemDocument item = ItemDocument.of(counting);
        assertThat(item.text("language")).contains("en");
        assertThat(item.text("link")).contains(server.url("/en/counting-in-french").toString());
        assertThat(item.texts("author")).containsExactly("Jean Martin");
        assertThat(item.texts("rights")).containsExactly("© 2024 Atelier des savoirs (fictif)");
        assertThat(item.texts("license")).isEmpty();

        HarvestedRecord undated = records.get("https://atelier.example.org/lexique-du-jardin");
        assertThat(undated.datestamp()).as("an undated item is dated by the fetch").isEqualTo(FETCH_TIME);
        assertThat(ItemDocument.of(undated).text("published")).isEmpty();
    }

    @Test
    void writesTheDocumentedFeedItemFormat() {
        server.serveResource("rss2-podcast.xml", RSS);

        HarvestedRecord fractions = byId(harvestAll("/feeds/rss2-podcast.xml")).get("urn:uuid:5c1d0a5e-1111-4c6b-9a35-0e7c4b1e0001");

        // the same document is the graph module's fixture for FeedItemNormaliser: the two sides of the format
        assertThat(fractions.metadata()).contains(new String(FeedServer.resource("expected-fractions-feed-item.xml"),
                StandardCharsets.UTF_8).strip());
    }

    @Test
    void rss1ItemsCarryDublinCoreAndCreativeCommonsLicences() {
        server.serveResource("rss1.rdf", "application/rdf+xml");

        Map<String, HarvestedRecord> records = byId(harvestAll("/feeds/rss1.rdf"));

        assertThat(records).containsOnlyKeys("https://biblioteca.example.org/recursos/1", "https://biblioteca.example.org/recursos/2");
        HarvestedRecord water = records.get("https://biblioteca.example.org/recursos/1");
        assertThat(water.datestamp()).isEqualTo("2024-02-10T12:00:00Z");
        ItemDocument item = ItemDocument.of(water);
        assertThat(item.text("title")).contains("El ciclo del agua");
        assertThat(item.text("description")).contains("Una unidad didáctica sobre evaporación, condensación y precipitación.");
        assertThat(item.text("language")).contains("es");
        assertThat(item.texts("author")).containsExactly("Lucía Romero");
        assertThat(item.texts("category")).containsExactly("Ciencias naturales");
        assertThat(item.texts("rights")).containsExactly("CC BY 4.0");
        assertThat(ItemDocument.of(records.get("https://biblioteca.example.org/recursos/2")).texts("license"))
                .containsExactly("https://creativecommons.org/licenses/by-nc/4.0/");
    }

    @Test
    void atomEntriesKeepIdsHtmlTitlesPersonsLinksAndRights() {
        server.serveResource("atom.xml", "application/atom+xml");

        Map<String, HarvestedRecord> records = byId(harvestAll("/feeds/atom.xml"));

        HarvestedRecord bruch = records.get("tag:lernwerk.example.de,2024:bruch");
        assertThat(bruch.datestamp()).as("updated wins over published").isEqualTo("2024-04-01T12:30:00Z");
        ItemDocument item = ItemDocument.of(bruch);
        assertThat(item.text("title")).contains("Bruchrechnen leicht gemacht");
        assertThat(item.text("description")).contains("Arbeitsblätter zum Bruchrechnen.");
        assertThat(item.text("link")).contains("https://lernwerk.example.de/bruchrechnen");
        assertThat(item.text("published")).contains("2024-03-20T08:00:00Z");
        assertThat(item.text("updated")).contains("2024-04-01T12:30:00Z");
        assertThat(item.text("language")).as("the feed's xml:lang").contains("de");
        assertThat(item.texts("author")).containsExactly("Anna Schmidt", "Ben Yilmaz");
        assertThat(item.texts("category")).containsExactly("mathematik");
        assertThat(item.texts("rights")).containsExactly("Text: CC BY 4.0");
        assertThat(item.texts("license")).containsExactly("https://creativecommons.org/licenses/by/4.0/deed.de");
        assertThat(item.media()).containsExactly(
                Map.of("url", "https://lernwerk.example.de/bruchrechnen.pdf", "type", "application/pdf", "length", "204800"));

        ItemDocument photo = ItemDocument.of(records.get("tag:lernwerk.example.de,2024:photo"));
        assertThat(photo.text("description")).as("text content is not HTML: nothing is stripped")
                .contains("Wie Pflanzen aus Licht Zucker machen: 1 < 2 <b> bleibt stehen.");
        assertThat(photo.texts("rights")).as("the feed's").containsExactly("© Lernwerk (fiktiv). Alle Rechte vorbehalten.");
    }

    @Test
    void mediaRssContentGroupsDescriptionsAndLicences() {
        server.serveResource("media-rss.xml", RSS);

        Map<String, HarvestedRecord> records = byId(harvestAll("/feeds/media-rss.xml"));

        ItemDocument volcanoes = ItemDocument.of(records.get("https://videos.example.org/v/volcanoes"));
        assertThat(volcanoes.text("description")).contains("A ten-minute video on how volcanoes form, for ages 11 to 14.");
        assertThat(volcanoes.media()).containsExactly(
                Map.of("url", "https://videos.example.org/files/volcanoes-720.mp4", "type", "video/mp4", "length", "52428800"),
                Map.of("url", "https://videos.example.org/files/volcanoes-360.webm", "type", "video/webm"));
        assertThat(volcanoes.texts("license")).containsExactly("https://creativecommons.org/licenses/by-nc-sa/4.0/");

        ItemDocument rocks = ItemDocument.of(records.get("https://videos.example.org/v/rocks"));
        assertThat(rocks.media()).as("one file per URL, the enclosure first").containsExactly(
                Map.of("url", "https://videos.example.org/files/rocks.mp4", "type", "video/mp4"));
        assertThat(rocks.texts("rights")).containsExactly("© 2023 Example Video School (fictitious)");
        assertThat(rocks.texts("license")).isEmpty();

        ItemDocument water = ItemDocument.of(records.get("https://videos.example.org/v/water"));
        assertThat(water.texts("license")).as("the channel's media:license").containsExactly("https://creativecommons.org/licenses/by/4.0/");
    }

    @Test
    void isoLatin1FeedWithALeadingNewlineIsReadInItsDeclaredEncoding() {
        // served as text/xml without a charset: RFC 3023 would make that US-ASCII, RFC 7303 defers to the declaration
        server.serveResource("latin1.xml", "text/xml");
        server.serve("/feeds/latin1-mislabelled.xml", FeedServer.Response.of("text/xml; charset=UTF-8", FeedServer.resource("latin1.xml")));

        for (String path : List.of("/feeds/latin1.xml", "/feeds/latin1-mislabelled.xml")) {
            ItemDocument item = ItemDocument.of(only(harvestAll(path)));
            assertThat(item.text("title")).as(path).contains("Éléments de géométrie : les angles");
            assertThat(item.text("description")).as(path).contains("Übungen für Anfänger, à faire en classe.");
        }
    }

    @Test
    void fromLeavesOutItemsDatedBeforeItButKeepsUndatedOnes() {
        server.serveResource("rss2-podcast.xml", RSS);

        List<HarvestedRecord> records = harvest("/feeds/rss2-podcast.xml", HarvestRequest.since(Instant.parse("2024-02-01T00:00:00Z")));

        assertThat(records).extracting(HarvestedRecord::identifier).containsExactlyInAnyOrder(
                "urn:uuid:5c1d0a5e-1111-4c6b-9a35-0e7c4b1e0001", "https://atelier.example.org/lexique-du-jardin");
    }

    @Test
    void highWaterMarkIsInclusiveSoNothingPublishedInTheSameSecondIsLost() {
        server.serveResource("media-rss.xml", RSS);

        List<HarvestedRecord> records = harvest("/feeds/media-rss.xml", HarvestRequest.since(Instant.parse("2024-03-06T14:00:00Z")));

        assertThat(records).extracting(HarvestedRecord::identifier)
                .containsExactlyInAnyOrder("https://videos.example.org/v/rocks", "https://videos.example.org/v/water");
    }

    @Test
    void untilLeavesOutLaterItems() {
        server.serveResource("media-rss.xml", RSS);

        List<HarvestedRecord> records = harvest("/feeds/media-rss.xml", new HarvestRequest(
                Optional.empty(), Optional.of(Instant.parse("2024-03-05T23:59:59Z")), Optional.empty()));

        assertThat(records).extracting(HarvestedRecord::identifier).containsExactly("https://videos.example.org/v/volcanoes");
    }

    @Test
    void aFeedIsOnePageFetchedOnlyWhenAskedFor() {
        server.serveResource("atom.xml", "application/atom+xml");

        Iterator<RecordPage> pages = harvester.pages(TestSources.feed(server.url("/feeds/atom.xml")));
        assertThat(server.requests()).isEmpty();
        assertThat(pages.hasNext()).isTrue();
        RecordPage page = pages.next();

        assertThat(page.last()).isTrue();
        assertThat(page.completeListSize()).contains(2L);
        assertThat(pages.hasNext()).isFalse();
        assertThat(server.requests()).hasSize(1);
    }

    private List<HarvestedRecord> harvestAll(String path) {
        return harvest(path, HarvestRequest.everything());
    }

    private List<HarvestedRecord> harvest(String path, HarvestRequest request) {
        Iterator<RecordPage> pages = harvester.pages(TestSources.feed(server.url(path)), request);
        RecordPage page = pages.next();
        assertThat(pages.hasNext()).isFalse();
        return page.records();
    }

    private static Map<String, HarvestedRecord> byId(List<HarvestedRecord> records) {
        assertThat(records).extracting(HarvestedRecord::identifier).doesNotHaveDuplicates();
        return records.stream().collect(Collectors.toMap(HarvestedRecord::identifier, Function.identity()));
    }

    private static HarvestedRecord only(List<HarvestedRecord> records) {
        assertThat(records).hasSize(1);
        return records.get(0);
    }
}
