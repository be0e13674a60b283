package org.oerfed.harvest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.DeletedRecords;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.harvest.ResumptionTokenRejectedException;
import org.oerfed.core.harvest.SourceDescription;
import org.oerfed.core.source.SourceConfig;
import org.slf4j.LoggerFactory;

/**
 * The harvester on a small web site served over loopback HTTP: a sitemap index naming a plain and a gzip'd sitemap,
 * a robots.txt that keeps OERfed out of one folder but lets one page in it through, and pages with and without
 * JSON-LD, one gone.
 */
class SitemapHarvesterTest {
    private static final String UA = "OERfed-test/1 (+mailto:ops@example.org)";
    private static final Instant START = Instant.parse("2024-06-01T00:00:00Z");

    private final SiteServer site = new SiteServer();
    private final FakeTime time = new FakeTime(START);
    private final ObjectMapper json = new ObjectMapper();
    private SourceConfig source;

    @BeforeEach
    void serveSite() {
        site.serveFixture("/robots.txt", "robots.txt", "text/plain")
                .serveFixture("/sitemap-index.xml", "sitemap-index.xml", "application/xml")
                .serveFixture("/sitemaps/lessons.xml", "lessons.xml", "application/xml")
                // a .xml.gz file as web servers send it: gzip bytes, no Content-Encoding
                .serve("/sitemaps/courses.xml.gz", SiteServer.Response.of("application/gzip", SiteServer.gzip(site.fixture("courses.xml"))))
                .serveFixture("/lessons/fractions.html", "fractions.html", "text/html; charset=utf-8")
                .serveFixture("/lessons/decimals.html", "decimals.html", "text/html")
                .serveFixture("/lessons/no-jsonld.html", "no-jsonld.html", "text/html")
                .serveFixture("/private/teacher-notes.html", "teacher-notes.html", "text/html")
                .serveFixture("/courses/statistics.html", "statistics.html", "text/html")
                .serveFixture("/private/open-geometry.html", "open-geometry.html", "text/html");
        source = TestSources.sitemap(site.url("/sitemap-index.xml"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private SitemapHarvester harvester(SitemapSettings settings) {
        return new SitemapHarvester(settings, time, time);
    }

    private SitemapHarvester harvester() {
        return harvester(SitemapSettings.defaults().withUserAgent(UA).withRetries(3, Duration.ofSeconds(10)));
    }

    private static List<HarvestedRecord> all(Iterator<RecordPage> pages) {
        List<HarvestedRecord> records = new ArrayList<>();
        pages.forEachRemaining(page -> records.addAll(page.records()));
        return records;
    }

    @Test
    void describesItselfWithoutAskingTheSite() {
        SourceDescription description = harvester().describe(source);

        assertThat(description.deletedRecords()).isEqualTo(DeletedRecords.NO);
        assertThat(description.secondsGranularity()).isTrue();
        assertThat(description.metadataPrefixes()).containsExactly("schema-jsonld");
        assertThat(description.metadataPrefix()).isEqualTo("schema-jsonld");
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void harvestsEveryPageWithJsonLdFromBothSitemapsOfTheIndexInSitemapOrder() throws Exception {
        List<HarvestedRecord> records = all(harvester().pages(source));

        assertThat(records).extracting(HarvestedRecord::identifier).containsExactly(
                "https://atelier.example.org/ressources/fractions",
                "https://atelier.example.org/ressources/decimals",
                "https://akademie.example.org/kurse/statistik#course",
                site.url("/private/open-geometry.html").toString());
        assertThat(records).allSatisfy(r -> {
            assertThat(r.sourceId()).isEqualTo("test-site");
            assertThat(r.metadataPrefix()).isEqualTo("schema-jsonld");
            assertThat(r.deleted()).isFalse();
        });
        assertThat(records).extracting(HarvestedRecord::datestamp).containsExactly(
                Instant.parse("2024-03-01T09:00:00Z"),      // the first lastmod of a page listed twice
                Instant.parse("2023-06-15T00:00:00Z"),
                Instant.parse("2024-04-20T12:00:00Z"),      // no lastmod: the JSON-LD's dateModified
                Instant.parse("2024-05-01T08:00:00Z"));

        JsonNode fractions = json.readTree(records.get(0).metadata().orElseThrow());
        assertThat(fractions.get("@type").asText()).as("the LearningResource, not the WebSite block before it").isEqualTo("LearningResource");
        assertThat(fractions.get("@context").asText()).isEqualTo("https://schema.org/");
        assertThat(fractions.at("/creator/name").asText()).isEqualTo("Claire Dumas");
        assertThat(fractions.at("/mainEntityOfPage/@id").asText()).isEqualTo(site.url("/lessons/fractions.html").toString());

        JsonNode statistics = json.readTree(records.get(2).metadata().orElseThrow());
        assertThat(statistics.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(statistics.at("/@graph/0/name").asText()).as("the course first in its graph").isEqualTo("Statistics for everyone");
        assertThat(statistics.at("/@graph/0/mainEntityOfPage/@id").asText()).isEqualTo(site.url("/courses/statistics.html").toString());
        assertThat(statistics.get("@graph")).as("with the nodes it refers to").hasSize(3);

        JsonNode geometry = json.readTree(records.get(3).metadata().orElseThrow());
        assertThat(geometry.get("mainEntityOfPage").asText()).as("its own, kept").isEqualTo(site.url("/private/open-geometry.html").toString());
        assertThat(geometry.get("name").asText()).isEqualTo("Offene Geometrie");
    }

    @Test
    void obeysRobotsTxtLongestMatchAndSendsItsUserAgent() {
        all(harvester().pages(source));

        assertThat(site.requestedPaths()).as("disallowed for OERfed: never asked for")
                .doesNotContain("/private/teacher-notes.html")
                .as("allowed by the longer Allow rule").contains("/private/open-geometry.html")
                .as("not a page: an image inside a sitemap entry").doesNotContain("/img/not-a-page.png");
        assertThat(site.requestedPaths().stream().filter("/robots.txt"::equals)).as("read once per run").hasSize(1);
        assertThat(site.requestedPaths().stream().filter("/lessons/fractions.html"::equals)).as("listed twice, fetched once").hasSize(1);
        assertThat(site.requests()).allSatisfy(r -> assertThat(r.userAgent()).isEqualTo(UA));
    }

    @Test
    void respectsCrawlDelayBetweenAnyTwoRequestsToTheHost() {
        all(harvester(SitemapSettings.defaults().withMinDelayPerHost(Duration.ofMillis(500))).pages(source));

        int requests = site.requests().size();
        assertThat(requests).isEqualTo(10);
        // the clock stands still but for sleeps, so every request after the first (robots.txt, read before any
        // other) had to wait the whole delay: the robots.txt's Crawl-delay, longer than the configured minimum
        assertThat(time.sleeps()).hasSize(requests - 1).containsOnly(Duration.ofSeconds(2));
    }

    @Test
    void aConfiguredMinimumDelayLongerThanCrawlDelayWins() {
        all(harvester(SitemapSettings.defaults().withMinDelayPerHost(Duration.ofSeconds(5))).pages(source));

        assertThat(time.sleeps()).isNotEmpty().containsOnly(Duration.ofSeconds(5));
    }

    @Test
    void pagesThatFailOrDescribeNothingAreSkippedWithAWarningNamingThem() {
        Logger logger = (Logger) LoggerFactory.getLogger(PageRecords.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            all(harvester().pages(source));
        } finally {
            logger.detachAppender(log);
        }

        List<String> warnings = log.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(warnings).hasSize(3);
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("source 'test-site'", site.url("/private/teacher-notes.html").toString(), "robots.txt"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains(site.url("/lessons/gone.html").toString(), "HTTP 404"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains(site.url("/lessons/no-jsonld.html").toString(),
                "none of its 2 JSON-LD blocks (1 of them not JSON)"));
        assertThat(site.requestedPaths().stream().filter("/lessons/gone.html"::equals)).as("a 404 is not retried").hasSize(1);
    }

    @Test
    void aPageFailingForNowIsAskedAgainAfterAPause() {
        site.serve("/lessons/decimals.html", SiteServer.Response.status(503),
                SiteServer.Response.of("text/html", site.fixture("decimals.html")));

        List<HarvestedRecord> records = all(harvester(SitemapSettings.defaults().withMinDelayPerHost(Duration.ZERO)
                .withRetries(3, Duration.ofSeconds(7))).pages(source));

        assertThat(records).extracting(HarvestedRecord::identifier).contains("https://atelier.example.org/ressources/decimals");
        assertThat(site.requestedPaths().stream().filter("/lessons/decimals.html"::equals)).hasSize(2);
        assertThat(time.sleeps()).contains(Duration.ofSeconds(7));
    }

    @Test
    void pagesLastModifiedOutsideTheWindowAreNotFetchedAndUndatedPagesAlwaysAre() {
        HarvestRequest window = new HarvestRequest(Optional.of(Instant.parse("2024-01-01T00:00:00Z")),
                Optional.of(Instant.parse("2024-04-30T23:59:59Z")), Optional.empty());

        List<HarvestedRecord> records = all(harvester().pages(source, window));

        assertThat(records).extracting(HarvestedRecord::identifier).containsExactly(
                "https://atelier.example.org/ressources/fractions",
                "https://akademie.example.org/kurse/statistik#course");
        assertThat(site.requestedPaths()).doesNotContain("/lessons/decimals.html", "/private/open-geometry.html");
    }

    @Test
    void aResumedHarvestDeliversExactlyThePagesAfterTheToken() {
        SitemapSettings twoPerPage = SitemapSettings.defaults().withRecordsPerPage(2);
        List<RecordPage> uninterrupted = new ArrayList<>();
        harvester(twoPerPage).pages(source).forEachRemaining(uninterrupted::add);
        assertThat(uninterrupted).hasSize(4); // 8 page URLs, 2 per page
        assertThat(uninterrupted.subList(0, 3)).allSatisfy(p -> assertThat(p.resumptionToken()).isPresent());
        assertThat(uninterrupted.get(3).last()).isTrue();

        Iterator<RecordPage> first = harvester(twoPerPage).pages(source);
        String token = first.next().resumptionToken().orElseThrow();
        int requestsBefore = site.requests().size();
        List<HarvestedRecord> resumed = all(harvester(twoPerPage).pages(source, HarvestRequest.everything().resumedAt(token)));

        List<HarvestedRecord> expected = new ArrayList<>();
        uninterrupted.subList(1, 4).forEach(p -> expected.addAll(p.records()));
        assertThat(resumed).extracting(HarvestedRecord::identifier)
                .containsExactlyElementsOf(expected.stream().map(HarvestedRecord::identifier).toList());
        assertThat(site.requestedPaths().subList(requestsBefore, site.requests().size()))
                .as("the pages before the token are not fetched again").doesNotContain("/lessons/fractions.html", "/lessons/decimals.html");
    }

    @Test
    void aTokenThisHarvesterDidNotWriteIsRejected() {
        assertThatThrownBy(() -> harvester().pages(source, HarvestRequest.everything().resumedAt("bm90LWEtdG9rZW4")).next())
                .isInstanceOf(ResumptionTokenRejectedException.class)
                .hasMessageContaining("source 'test-site'");
    }

    @Test
    void aSitemapThatCannotBeReadIsASourceFaultNamingIt() {
        site.serve("/sitemaps/lessons.xml", SiteServer.Response.status(500));
        assertThatThrownBy(() -> harvester(SitemapSettings.defaults().withRetries(2, Duration.ofSeconds(1))).pages(source).next())
                .isInstanceOfSatisfying(OerfedException.class, e -> {
                    assertThat(e.fault()).isEqualTo(Fault.SOURCE);
                    assertThat(e.getMessage()).contains("source 'test-site'", site.url("/sitemaps/lessons.xml").toString(), "HTTP 500",
                            "expected 200 with a sitemap");
                });
        assertThat(site.requestedPaths().stream().filter("/sitemaps/lessons.xml"::equals)).as("retried once").hasSize(2);
    }

    @Test
    void aSitemapThatIsNoSitemapIsASourceFault() {
        site.serve("/sitemap-index.xml", SiteServer.Response.of("text/html", "<html><body>Welcome</body></html>".getBytes()));
        assertThatThrownBy(() -> harvester().pages(source).next())
                .isInstanceOfSatisfying(OerfedException.class, e -> {
                    assertThat(e.fault()).isEqualTo(Fault.SOURCE);
                    assertThat(e.getMessage()).contains(site.url("/sitemap-index.xml").toString(), "root element <html>", "<urlset> or <sitemapindex>");
                });
    }

    @Test
    void aSitemapWithADoctypeIsRefusedSoNoEntityIsEverExpanded() {
        site.serve("/sitemap-index.xml", SiteServer.Response.of("application/xml", """
                <?xml version="1.0"?>
                <!DOCTYPE urlset [<!ENTITY page "/lessons/fractions.html">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s&page;</loc></url></urlset>
                """.formatted(site.base()).getBytes()));
        assertThatThrownBy(() -> harvester().pages(source).next())
                .isInstanceOfSatisfying(OerfedException.class, e -> {
                    assertThat(e.fault()).isEqualTo(Fault.SOURCE);
                    assertThat(e.getMessage()).contains("DOCTYPE");
                });
        assertThat(site.requestedPaths()).doesNotContain("/lessons/fractions.html");
    }

    @Test
    void aSitemapLargerThanTheLimitAfterDecompressionIsASourceFault() {
        assertThatThrownBy(() -> all(harvester(SitemapSettings.defaults().withMaxBytes(600, 1 << 20)).pages(source)))
                .isInstanceOfSatisfying(OerfedException.class, e -> {
                    assertThat(e.fault()).isEqualTo(Fault.SOURCE);
                    assertThat(e.getMessage()).contains("more than 600 bytes");
                });
    }

    @Test
    void refusesSourcesItCannotHarvest() {
        SourceConfig ftp = TestSources.sitemap(java.net.URI.create("ftp://example.org/sitemap.xml"));
        assertThatThrownBy(() -> harvester().describe(ftp)).isInstanceOfSatisfying(OerfedException.class,
                e -> assertThat(e.fault()).isEqualTo(Fault.SETUP));
        SourceConfig oaiDc = new SourceConfig("x", "X", "DE", source.type(), source.url(), "oai_dc", List.of(), Optional.empty());
        assertThatThrownBy(() -> harvester().pages(oaiDc)).isInstanceOfSatisfying(OerfedException.class,
                e -> assertThat(e.getMessage()).contains("metadataPrefix 'oai_dc'", "expected 'schema-jsonld'"));
    }
}
