package org.oerfed.harvest.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.oerfed.harvest.oaipmh.TestSources.DC_NS;
import static org.oerfed.harvest.oaipmh.TestSources.OAI_DC_NS;
import static org.oerfed.harvest.oaipmh.TestSources.drain;
import static org.oerfed.harvest.oaipmh.TestSources.oaiDc;
import static org.oerfed.harvest.oaipmh.TestSources.source;
import static org.oerfed.harvest.oaipmh.TestSources.standalone;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.samplepartner.SampleCatalogue;
import org.oerfed.samplepartner.SamplePartner;
import org.oerfed.samplepartner.SampleRecord;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Harvests the in-process sample partner over real HTTP: 25 generated records (7, 14 and 21 deleted),
 * ten per page, in sets mathematics/sciences/languages by turn.
 */
class OaiPmhHarvesterTest {

    private static final SampleCatalogue CATALOGUE = SampleCatalogue.generated(25, 7);

    private static SamplePartner partner;
    private final OaiPmhHarvester harvester = TestSources.harvester();

    @BeforeAll
    static void startPartner() {
        partner = SamplePartner.start(CATALOGUE, 0, 10);
    }

    @AfterAll
    static void stopPartner() {
        partner.close();
    }

    @Test
    void speaksOaiPmh() {
        assertThat(harvester.type()).isEqualTo(SourceType.OAI_PMH);
    }

    @Test
    void harvestsEveryRecordExactlyOnceAcrossThreePagesOfResumptionTokens() {
        List<RecordPage> pages = drain(harvester.pages(oaiDc(partner.baseUrl())));

        assertThat(pages).hasSize(3);
        assertThat(pages).extracting(p -> p.records().size()).containsExactly(10, 10, 5);
        assertThat(pages.get(0).resumptionToken()).isPresent();
        assertThat(pages.get(1).resumptionToken()).isPresent().isNotEqualTo(pages.get(0).resumptionToken());
        assertThat(pages.get(2).last()).isTrue();
        assertThat(pages.get(0).completeListSize()).contains(25L);

        List<HarvestedRecord> records = pages.stream().flatMap(p -> p.records().stream()).toList();
        assertThat(records).extracting(HarvestedRecord::identifier)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(CATALOGUE.records().stream().map(SampleRecord::identifier).toList());
        assertThat(records).allSatisfy(r -> {
            assertThat(r.sourceId()).isEqualTo("sample-partner");
            assertThat(r.metadataPrefix()).isEqualTo("oai_dc");
        });
    }

    @Test
    void headersAreCarriedOverAndDeletedRecordsHaveNoMetadata() {
        Map<String, HarvestedRecord> byId = harvestAll(oaiDc(partner.baseUrl()));

        for (SampleRecord expected : CATALOGUE.records()) {
            HarvestedRecord got = byId.get(expected.identifier());
            assertThat(got.datestamp()).as(expected.identifier()).isEqualTo(expected.datestamp());
            assertThat(got.sets()).as(expected.identifier()).isEqualTo(expected.sets());
            assertThat(got.deleted()).as(expected.identifier()).isEqualTo(expected.deleted());
        }
        assertThat(byId.values().stream().filter(HarvestedRecord::deleted).map(HarvestedRecord::identifier))
                .containsExactlyInAnyOrder(SampleCatalogue.generatedIdentifier(7),
                        SampleCatalogue.generatedIdentifier(14), SampleCatalogue.generatedIdentifier(21));
        assertThat(byId.get(SampleCatalogue.generatedIdentifier(14)).metadata()).isEmpty();
    }

    @Test
    void metadataIsAStandaloneOaiDcElementWithTheTitle() {
        Map<String, HarvestedRecord> byId = harvestAll(oaiDc(partner.baseUrl()));

        for (SampleRecord expected : CATALOGUE.records().stream().filter(r -> !r.deleted()).toList()) {
            Document dc = standalone(byId.get(expected.identifier()).metadata().orElseThrow());
            Element root = dc.getDocumentElement();
            assertThat(root.getNamespaceURI()).isEqualTo(OAI_DC_NS);
            assertThat(root.getLocalName()).isEqualTo("dc");
            assertThat(dc.getElementsByTagNameNS(DC_NS, "title").item(0).getTextContent())
                    .isEqualTo(expected.values("title").get(0));
        }
    }

    @Test
    void nonLatinTextAndLanguageTagsSurviveTheHarvest() {
        SampleCatalogue bundled = SampleCatalogue.bundled();
        try (SamplePartner bundledPartner = SamplePartner.start(bundled, 0, 20)) {
            Map<String, HarvestedRecord> byId = harvestAll(oaiDc(bundledPartner.baseUrl()));

            assertThat(byId).hasSize(bundled.records().size());
            Document pinyin = standalone(byId.get("oai:oer.example.org:lang-hanyu-pinyin-intro").metadata().orElseThrow());
            Element firstTitle = (Element) pinyin.getElementsByTagNameNS(DC_NS, "title").item(0);
            assertThat(firstTitle.getTextContent()).isEqualTo("汉语拼音入门");
            assertThat(firstTitle.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("zh");
        }
    }

    @Test
    void harvestsOnlyTheConfiguredSet() {
        List<HarvestedRecord> records = drain(harvester.pages(oaiDc(partner.baseUrl(), "sciences"))).stream()
                .flatMap(p -> p.records().stream()).toList();

        assertThat(records).extracting(HarvestedRecord::identifier).containsExactlyInAnyOrderElementsOf(
                identifiersInSet("sciences"));
        assertThat(records).allSatisfy(r -> assertThat(r.sets()).containsExactly("sciences"));
    }

    @Test
    void harvestsSeveralSetsOneAfterTheOther() {
        List<RecordPage> pages = drain(harvester.pages(oaiDc(partner.baseUrl(), "mathematics", "languages")));

        // mathematics holds 9 records (one page), languages 8 (one page): each list ends with its own last page.
        assertThat(pages).hasSize(2);
        assertThat(pages).allSatisfy(p -> assertThat(p.last()).isTrue());
        assertThat(pages.get(0).records()).allSatisfy(r -> assertThat(r.sets()).containsExactly("mathematics"));
        assertThat(pages.get(1).records()).allSatisfy(r -> assertThat(r.sets()).containsExactly("languages"));
        assertThat(pages.stream().flatMap(p -> p.records().stream()).map(HarvestedRecord::identifier))
                .containsExactlyInAnyOrderElementsOf(concat(identifiersInSet("mathematics"), identifiersInSet("languages")));
    }

    @Test
    void noRecordsMatchIsAnEmptyHarvestNotAFailure() {
        List<RecordPage> pages = drain(harvester.pages(oaiDc(partner.baseUrl(), "astrology")));

        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).records()).isEmpty();
        assertThat(pages.get(0).last()).isTrue();
    }

    @Test
    void aFormatThePartnerCannotDisseminateIsASetupFaultNamingSourceAndPrefix() {
        Iterator<RecordPage> pages = harvester.pages(source(partner.baseUrl(), "lom"));

        OerfedException fault = catchThrowableOfType(OerfedException.class, pages::next);

        assertThat(fault.fault()).isEqualTo(Fault.SETUP);
        assertThat(fault.sourceId()).isEqualTo("sample-partner");
        assertThat(fault.getMessage()).contains("sample-partner", "'lom'", "cannotDisseminateFormat");
    }

    @Test
    void anUnreachablePartnerIsASourceFaultNamingTheUrlAndLeavesTheThreadUninterrupted() throws IOException {
        URI closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/oai");
        }
        Iterator<RecordPage> pages = harvester.pages(oaiDc(closedPort));

        OerfedException fault = catchThrowableOfType(OerfedException.class, pages::next);

        assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
        assertThat(fault.getMessage()).contains("sample-partner", closedPort + "?verb=ListRecords&metadataPrefix=oai_dc");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aNonHttpUrlIsASetupFault() {
        OerfedException fault = catchThrowableOfType(OerfedException.class,
                () -> harvester.pages(oaiDc(URI.create("ftp://oer.example.org/oai"))));

        assertThat(fault.fault()).isEqualTo(Fault.SETUP);
        assertThat(fault.getMessage()).contains("ftp://oer.example.org/oai");
    }

    private Map<String, HarvestedRecord> harvestAll(SourceConfig source) {
        return drain(harvester.pages(source)).stream()
                .flatMap(p -> p.records().stream())
                .collect(Collectors.toMap(HarvestedRecord::identifier, Function.identity()));
    }

    private static List<String> identifiersInSet(String set) {
        return CATALOGUE.records().stream().filter(r -> r.sets().contains(set)).map(SampleRecord::identifier).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
