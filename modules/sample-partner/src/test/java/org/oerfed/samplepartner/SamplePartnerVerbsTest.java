package org.oerfed.samplepartner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The partner answers every OAI-PMH verb over real HTTP. Catalogue: 25 generated records, numbers 7, 14
 * and 21 deleted, one hour apart from 2024-01-01T00:00Z, in sets mathematics/sciences/languages by turn;
 * ten per page.
 */
class SamplePartnerVerbsTest {

    private static final int PAGE_SIZE = 10;
    private static final SampleCatalogue CATALOGUE = SampleCatalogue.generated(25, 7);

    private static SamplePartner partner;
    private static OaiHttp oai;

    @BeforeAll
    static void start() {
        partner = SamplePartner.start(CATALOGUE, 0, PAGE_SIZE);
        oai = new OaiHttp(partner.baseUrl());
    }

    @AfterAll
    static void stop() {
        partner.close();
    }

    @Test
    void baseUrlIsTheLoopbackOaiPathOnTheBoundPort() {
        URI url = partner.baseUrl();
        assertThat(url.getScheme()).isEqualTo("http");
        assertThat(url.getPath()).isEqualTo("/oai");
        assertThat(url.getPort()).isPositive();
    }

    @Test
    void identifyDescribesTheRepository() {
        OaiResponse identify = oai.get("verb=Identify");

        assertThat(identify.errorCode()).isEmpty();
        assertThat(identify.text("//oai:Identify/oai:baseURL")).isEqualTo(partner.baseUrl().toString());
        assertThat(identify.text("//oai:Identify/oai:protocolVersion")).isEqualTo("2.0");
        assertThat(identify.text("//oai:Identify/oai:deletedRecord")).isEqualTo("persistent");
        assertThat(identify.text("//oai:Identify/oai:earliestDatestamp")).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(identify.text("//oai:Identify/oai:repositoryName")).contains("Sample Partner");
    }

    @Test
    void listMetadataFormatsOffersOaiDc() {
        OaiResponse formats = oai.get("verb=ListMetadataFormats");

        assertThat(formats.texts("//oai:metadataFormat/oai:metadataPrefix")).containsExactly("oai_dc");
        assertThat(formats.text("//oai:metadataFormat/oai:metadataNamespace"))
                .isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/");
    }

    @Test
    void listSetsNamesEverySet() {
        OaiResponse sets = oai.get("verb=ListSets");

        assertThat(sets.texts("//oai:set/oai:setSpec")).containsExactlyInAnyOrder("mathematics", "sciences", "languages");
        assertThat(sets.texts("//oai:set/oai:setName")).contains("Mathematics");
    }

    @Test
    void listIdentifiersPagesWithResumptionTokensAndReturnsEveryRecordOnce() {
        List<OaiResponse> pages = harvest("verb=ListIdentifiers&metadataPrefix=oai_dc");

        assertThat(pages).hasSize(3);
        assertThat(pages).extracting(p -> p.count("//oai:header")).containsExactly(10, 10, 5);
        assertThat(pages.get(0).text("//oai:resumptionToken/@completeListSize")).isEqualTo("25");
        assertThat(pages.get(2).resumptionToken()).isEmpty();
        assertThat(pages.stream().flatMap(p -> p.texts("//oai:header/oai:identifier").stream()))
                .containsExactlyInAnyOrderElementsOf(allIdentifiers());
    }

    @Test
    void listRecordsPagesCarryMetadataAndFlagDeletedRecordsWithoutMetadata() {
        List<OaiResponse> pages = harvest("verb=ListRecords&metadataPrefix=oai_dc");

        assertThat(pages).hasSize(3);
        List<String> identifiers = pages.stream()
                .flatMap(p -> p.texts("//oai:record/oai:header/oai:identifier").stream()).toList();
        assertThat(identifiers).containsExactlyInAnyOrderElementsOf(allIdentifiers());
        List<String> deleted = pages.stream()
                .flatMap(p -> p.texts("//oai:record[oai:header/@status='deleted']/oai:header/oai:identifier").stream())
                .toList();
        assertThat(deleted).containsExactlyInAnyOrder(
                SampleCatalogue.generatedIdentifier(7), SampleCatalogue.generatedIdentifier(14),
                SampleCatalogue.generatedIdentifier(21));
        assertThat(pages).allSatisfy(p ->
                assertThat(p.count("//oai:record[oai:header/@status='deleted']/oai:metadata")).isZero());
        assertThat(pages.stream().mapToInt(p -> p.count("//oai:record/oai:metadata/oai_dc:dc")).sum()).isEqualTo(22);
        assertThat(pages.get(0).text("//oai:record[oai:header/oai:identifier='" + SampleCatalogue.generatedIdentifier(1)
                + "']/oai:metadata/oai_dc:dc/dc:title[@xml:lang='en']")).isEqualTo("Generated lesson 0001");
    }

    @Test
    void getRecordReturnsOneRecordAndADeletedHeaderForADeletedOne() {
        OaiResponse live = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + SampleCatalogue.generatedIdentifier(3));
        OaiResponse gone = oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + SampleCatalogue.generatedIdentifier(14));

        assertThat(live.text("//oai:GetRecord/oai:record/oai:metadata/oai_dc:dc/dc:title")).isEqualTo("Generated lesson 0003");
        assertThat(live.texts("//oai:header/oai:setSpec")).containsExactly("languages");
        assertThat(gone.text("//oai:GetRecord/oai:record/oai:header/@status")).isEqualTo("deleted");
        assertThat(gone.count("//oai:GetRecord/oai:record/oai:metadata")).isZero();
    }

    @Test
    void fromAndUntilSelectByDatestamp() {
        OaiResponse lastTwo = oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-01-01T23:00:00Z");
        OaiResponse secondDay = oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-01-02&until=2024-01-02");
        OaiResponse firstHours = oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&until=2023-12-31");

        assertThat(lastTwo.texts("//oai:header/oai:identifier"))
                .containsExactly(SampleCatalogue.generatedIdentifier(24), SampleCatalogue.generatedIdentifier(25));
        assertThat(secondDay.texts("//oai:header/oai:identifier")).containsExactly(SampleCatalogue.generatedIdentifier(25));
        assertThat(firstHours.errorCode()).isEqualTo("noRecordsMatch");
    }

    @Test
    void setSelectsOnlyThatSetsRecords() {
        List<OaiResponse> pages = harvest("verb=ListIdentifiers&metadataPrefix=oai_dc&set=sciences");

        List<String> expected = IntStream.rangeClosed(1, 25).filter(n -> n % 3 == 2)
                .mapToObj(SampleCatalogue::generatedIdentifier).toList();
        assertThat(pages.stream().flatMap(p -> p.texts("//oai:header/oai:identifier").stream()))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(pages.stream().flatMap(p -> p.texts("//oai:header/oai:setSpec").stream())).containsOnly("sciences");
    }

    @Test
    void postWithAFormBodyIsAnsweredLikeGet() {
        OaiResponse identify = oai.post("verb=Identify");

        assertThat(identify.text("//oai:Identify/oai:baseURL")).isEqualTo(partner.baseUrl().toString());
    }

    @Test
    void missingMetadataPrefixIsABadArgument() {
        assertThat(oai.get("verb=ListRecords").errorCode()).isEqualTo("badArgument");
    }

    @Test
    void repeatedArgumentIsABadArgument() {
        assertThat(oai.get("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc").errorCode())
                .isEqualTo("badArgument");
    }

    @Test
    void unknownFormatCannotBeDisseminated() {
        assertThat(oai.get("verb=ListRecords&metadataPrefix=lom").errorCode()).isEqualTo("cannotDisseminateFormat");
    }

    @Test
    void garbledResumptionTokenIsRejected() {
        assertThat(oai.get("verb=ListRecords&resumptionToken=not-a-token!").errorCode()).isEqualTo("badResumptionToken");
    }

    @Test
    void unknownSetMatchesNoRecords() {
        assertThat(oai.get("verb=ListRecords&metadataPrefix=oai_dc&set=astrology").errorCode()).isEqualTo("noRecordsMatch");
    }

    @Test
    void unknownIdentifierDoesNotExist() {
        assertThat(oai.get("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:oer.example.org:nothing").errorCode())
                .isEqualTo("idDoesNotExist");
    }

    @Test
    void unknownVerbIsABadVerb() {
        assertThat(oai.get("verb=ListEverything").errorCode()).isEqualTo("badVerb");
    }

    @Test
    void pathsOtherThanTheEndpointAreNotFound() {
        HttpResponse<byte[]> response = oai.send(HttpRequest.newBuilder(partner.baseUrl().resolve("/oai-other")).GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    /** Follows resumption tokens from the first request to the last page. */
    private static List<OaiResponse> harvest(String firstQuery) {
        List<OaiResponse> pages = new ArrayList<>();
        OaiResponse page = oai.get(firstQuery);
        pages.add(page);
        String verb = firstQuery.substring("verb=".length(), firstQuery.indexOf('&'));
        while (!page.resumptionToken().isEmpty()) {
            assertThat(pages).as("runaway paging").hasSizeLessThan(10);
            page = oai.get("verb=" + verb + "&resumptionToken="
                    + URLEncoder.encode(page.resumptionToken(), StandardCharsets.UTF_8));
            assertThat(page.errorCode()).isEmpty();
            pages.add(page);
        }
        return pages;
    }

    private static List<String> allIdentifiers() {
        return CATALOGUE.records().stream().map(SampleRecord::identifier).toList();
    }
}
