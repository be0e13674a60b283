package org.oerfed.harvest.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.oerfed.harvest.oaipmh.TestSources.drain;
import static org.oerfed.harvest.oaipmh.TestSources.oaiDc;
import static org.oerfed.harvest.oaipmh.TestSources.source;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.DeletedRecords;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.harvest.SourceDescription;
import org.oerfed.samplepartner.PartnerBehaviour;
import org.oerfed.samplepartner.ReceivedRequest;
import org.oerfed.samplepartner.SampleCatalogue;
import org.oerfed.samplepartner.SamplePartner;

/**
 * Windows, resumption and self-description against the sample partner over real HTTP. The catalogue has
 * 1,000 generated records one hour apart from 2024-01-01T00:00Z (record n at hour n-1), every 50th
 * deleted, served 100 per page.
 */
class SelectiveHarvestTest {

    private static final int RECORDS = 1000;
    private static final SampleCatalogue CATALOGUE = SampleCatalogue.generated(RECORDS, 50);

    private static SamplePartner partner;
    private final OaiPmhHarvester harvester = TestSources.harvester();

    @BeforeAll
    static void startPartner() {
        partner = SamplePartner.start(CATALOGUE, 0, 100);
    }

    @AfterAll
    static void stopPartner() {
        partner.close();
    }

    @Test
    void aThousandRecordsComeInTenPagesOfResumptionTokensEachRecordOnce() {
        List<RecordPage> pages = drain(harvester.pages(oaiDc(partner.baseUrl())));

        assertThat(pages).hasSize(10);
        assertThat(pages).allSatisfy(p -> assertThat(p.records()).hasSize(100));
        assertThat(pages.subList(0, 9)).allSatisfy(p -> assertThat(p.resumptionToken()).isPresent());
        assertThat(pages.get(9).last()).isTrue();
        assertThat(pages.get(0).completeListSize()).contains((long) RECORDS);
        assertThat(identifiers(pages)).containsExactlyElementsOf(numbered(1, RECORDS));
        assertThat(pages.stream().flatMap(p -> p.records().stream()).filter(HarvestedRecord::deleted)).hasSize(20);
    }

    @Test
    void aWindowAtSecondGranularityReturnsOnlyRecordsChangedInIt() {
        HarvestRequest window = new HarvestRequest(Optional.of(Instant.parse("2024-01-01T05:00:00.250Z")),
                Optional.of(Instant.parse("2024-01-01T23:30:00Z")), Optional.empty());
        int before = partner.requests().size();

        List<RecordPage> pages = drain(harvester.pages(oaiDc(partner.baseUrl()), window));

        // Record 6 is stamped 05:00:00, inside the from second; record 5 (04:00) is before, 25 (next day) after.
        // (XOAI's lenient partner would stretch an until to the end of its day, so the window ends with one.)
        assertThat(identifiers(pages)).containsExactlyElementsOf(numbered(6, 24));
        List<String> sent = queriesSince(partner, before);
        assertThat(sent.get(0)).isEqualTo("verb=Identify");
        assertThat(sent.get(1)).contains("from=2024-01-01T05%3A00%3A00Z", "until=2024-01-01T23%3A30%3A00Z");
    }

    @Test
    void aWindowAtDayGranularityIsSentInWholeDaysSoNothingIsMissed() {
        try (SamplePartner days = SamplePartner.start(CATALOGUE, 0, 100,
                PartnerBehaviour.normal().withGranularity(PartnerBehaviour.Granularity.DAY))) {
            HarvestRequest window = new HarvestRequest(Optional.of(Instant.parse("2024-01-02T10:30:00Z")),
                    Optional.of(Instant.parse("2024-01-03T01:00:00Z")), Optional.empty());

            List<RecordPage> pages = drain(harvester.pages(oaiDc(days.baseUrl()), window));

            // from rounds down to 2024-01-02 (records 25..48), until up to the whole of 2024-01-03 (49..72).
            assertThat(identifiers(pages)).containsExactlyElementsOf(numbered(25, 72));
            assertThat(identifiers(pages)).doesNotContain(SampleCatalogue.generatedIdentifier(24),
                    SampleCatalogue.generatedIdentifier(73));
            assertThat(days.requests().get(1).query()).contains("from=2024-01-02", "until=2024-01-03")
                    .doesNotContain("T");
            assertThat(pages.get(0).records().get(0).datestamp()).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
        }
    }

    @Test
    void sinceAMomentInEachConfiguredSet() {
        HarvestRequest since = HarvestRequest.since(Instant.parse("2024-02-10T00:00:00Z"));

        List<RecordPage> pages = drain(harvester.pages(oaiDc(partner.baseUrl(), "sciences", "languages"), since));

        // Record n is in sciences when n % 3 == 2 and in languages when n % 3 == 0; 2024-02-10 is hour 960.
        List<String> expected = IntStream.concat(
                        IntStream.rangeClosed(961, RECORDS).filter(n -> n % 3 == 2),
                        IntStream.rangeClosed(961, RECORDS).filter(n -> n % 3 == 0))
                .mapToObj(SampleCatalogue::generatedIdentifier).toList();
        assertThat(identifiers(pages)).containsExactlyElementsOf(expected);
    }

    @Test
    void resumingAtAStoredTokenReturnsExactlyTheRemainingRecords() throws java.io.IOException {
        Iterator<RecordPage> first = harvester.pages(oaiDc(partner.baseUrl()));
        first.next();
        first.next();
        String stored = first.next().resumptionToken().orElseThrow();
        ((java.io.Closeable) first).close(); // the first harvest stops here, as after a crash
        int before = partner.requests().size();

        List<RecordPage> rest = drain(harvester.pages(oaiDc(partner.baseUrl()), HarvestRequest.everything().resumedAt(stored)));

        assertThat(identifiers(rest)).containsExactlyElementsOf(numbered(301, RECORDS));
        assertThat(queriesSince(partner, before).get(0)).isEqualTo("verb=ListRecords&resumptionToken="
                + java.net.URLEncoder.encode(stored, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aTokenThePartnerRefusesIsABadResumptionTokenAndTheWindowCanRestart() {
        HarvestRequest resumed = HarvestRequest.since(Instant.parse("2024-02-01T00:00:00Z")).resumedAt("not-a-token!");

        BadResumptionTokenException refused = catchThrowableOfType(BadResumptionTokenException.class,
                () -> harvester.pages(oaiDc(partner.baseUrl()), resumed).next());

        assertThat(refused.fault()).isEqualTo(Fault.SOURCE);
        assertThat(refused).isInstanceOf(org.oerfed.core.harvest.ResumptionTokenRejectedException.class);
        assertThat(refused.token()).isEqualTo("not-a-token!");
        assertThat(refused.getMessage()).contains("sample-partner", "'not-a-token!'", "badResumptionToken",
                partner.baseUrl() + "?verb=ListRecords&resumptionToken=");
        List<RecordPage> restarted = drain(harvester.pages(oaiDc(partner.baseUrl()), resumed.restarted()));
        assertThat(identifiers(restarted)).containsExactlyElementsOf(numbered(745, RECORDS));
    }

    @Test
    void aTokenThatExpiresMidHarvestIsABadResumptionTokenNamingIt() {
        try (SamplePartner expiring = SamplePartner.start(CATALOGUE, 0, 100,
                PartnerBehaviour.normal().withExpiredResumptionTokens())) {
            Iterator<RecordPage> pages = harvester.pages(oaiDc(expiring.baseUrl()));
            String token = pages.next().resumptionToken().orElseThrow();

            BadResumptionTokenException refused = catchThrowableOfType(BadResumptionTokenException.class, pages::next);

            assertThat(refused.token()).isEqualTo(token);
            assertThat(pages.hasNext()).isFalse();
        }
    }

    @Test
    void describeReportsGranularityFormatsSetsAndEarliestDatestampFollowingListSetsTokens() {
        try (SamplePartner smallPages = SamplePartner.start(CATALOGUE, 0, 2)) {
            SourceDescription description = harvester.describe(oaiDc(smallPages.baseUrl()));

            assertThat(description.secondsGranularity()).isTrue();
            assertThat(description.deletedRecords()).isEqualTo(DeletedRecords.PERSISTENT);
            assertThat(description.metadataPrefixes()).containsExactly("oai_dc");
            assertThat(description.metadataPrefix()).isEqualTo("oai_dc");
            assertThat(description.sets()).containsExactlyInAnyOrder("mathematics", "sciences", "languages");
            assertThat(description.earliestDatestamp()).contains(Instant.parse("2024-01-01T00:00:00Z"));
            assertThat(smallPages.requests()).filteredOn(r -> r.query().startsWith("verb=ListSets")).hasSize(2);
        }
    }

    @Test
    void describeReportsDayGranularity() {
        try (SamplePartner days = SamplePartner.start(CATALOGUE, 0, 100,
                PartnerBehaviour.normal().withGranularity(PartnerBehaviour.Granularity.DAY))) {
            assertThat(harvester.describe(oaiDc(days.baseUrl())).secondsGranularity()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(PartnerBehaviour.DeletedRecordPolicy.class)
    void describeReportsTheDeletedRecordPolicyAndTheHarvestShowsWhatThePartnerReports(
            PartnerBehaviour.DeletedRecordPolicy policy) {
        try (SamplePartner declaring = SamplePartner.start(SampleCatalogue.generated(30, 10), 0, 100,
                PartnerBehaviour.normal().withDeletedRecords(policy))) {
            SourceDescription description = harvester.describe(oaiDc(declaring.baseUrl()));
            List<HarvestedRecord> records = drain(harvester.pages(oaiDc(declaring.baseUrl()))).stream()
                    .flatMap(p -> p.records().stream()).toList();

            assertThat(description.deletedRecords()).isEqualTo(DeletedRecords.valueOf(policy.name()));
            List<String> deleted = records.stream().filter(HarvestedRecord::deleted).map(HarvestedRecord::identifier).toList();
            if (policy == PartnerBehaviour.DeletedRecordPolicy.NO) {
                // Such a partner forgets deletions: the records are simply absent.
                assertThat(records).hasSize(27);
                assertThat(deleted).isEmpty();
            } else {
                assertThat(records).hasSize(30);
                assertThat(deleted).containsExactly(SampleCatalogue.generatedIdentifier(10),
                        SampleCatalogue.generatedIdentifier(20), SampleCatalogue.generatedIdentifier(30));
            }
        }
    }

    @Test
    void describeRefusesAFormatThePartnerDoesNotOfferNamingTheOffered() {
        OerfedException fault = catchThrowableOfType(OerfedException.class,
                () -> harvester.describe(source(partner.baseUrl(), "lom")));

        assertThat(fault.fault()).isEqualTo(Fault.SETUP);
        assertThat(fault.getMessage()).contains("sample-partner", "[lom]", "offers [oai_dc]");
    }

    @Test
    void describeChoosesTheFirstConfiguredFormatThePartnerOffers() {
        SourceConfig preferringLom = source(partner.baseUrl(), "lom").withMetadataPrefixes(List.of("lom", "oai_dc"));
        assertThat(harvester.describe(preferringLom).metadataPrefix()).isEqualTo("oai_dc");
    }

    private static List<String> identifiers(List<RecordPage> pages) {
        return pages.stream().flatMap(p -> p.records().stream()).map(HarvestedRecord::identifier).toList();
    }

    private static List<String> numbered(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(SampleCatalogue::generatedIdentifier).toList();
    }

    private static List<String> queriesSince(SamplePartner partner, int before) {
        return partner.requests().stream().skip(before).map(ReceivedRequest::query).toList();
    }
}
