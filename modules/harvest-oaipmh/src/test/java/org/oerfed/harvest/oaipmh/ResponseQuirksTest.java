package org.oerfed.harvest.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.oerfed.harvest.oaipmh.TestSources.dcRecord;
import static org.oerfed.harvest.oaipmh.TestSources.drain;
import static org.oerfed.harvest.oaipmh.TestSources.fast;
import static org.oerfed.harvest.oaipmh.TestSources.listRecords;
import static org.oerfed.harvest.oaipmh.TestSources.oaiDc;
import static org.oerfed.harvest.oaipmh.TestSources.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;

/** What real repositories get wrong, and how much of it the harvester tolerates. */
class ResponseQuirksTest {

    @Test
    void controlCharactersAreStrippedByDefaultAndTheRecordKept() {
        String dirty = listRecords(dcRecord("oai:x:1", "Frac\u000Ctions\u0001 &#x0B;&amp; d&#233;cimaux"));

        HarvestedRecord record = single(TestSources.harvester(), dirty);

        assertThat(standalone(record.metadata().orElseThrow()).getDocumentElement().getTextContent())
                .isEqualTo("Fractions & décimaux");
    }

    @Test
    void underTheFailPolicyAControlCharacterIsASourceFaultNamingItsOffset() {
        String dirty = listRecords(dcRecord("oai:x:1", "Frac\u000Ctions"));
        int offset = dirty.indexOf('\u000C');
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.xml(dirty))) {
            OaiPmhHarvester strict = new OaiPmhHarvester(fast().withInvalidCharacters(InvalidCharacterPolicy.FAIL));

            OerfedException fault = catchThrowableOfType(OerfedException.class, () -> strict.pages(oaiDc(stub.url("/oai"))).next());

            assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
            assertThat(fault.getMessage()).contains("byte offset " + offset, "U+000C", stub.url("/oai").toString());
        }
    }

    @Test
    void illegalCharacterScanLeavesLegalTextAlone() {
        byte[] legal = "<a>tab\tline\nreturn\r &#x9; &#65; é 汉 &#x1F600;</a>".getBytes(StandardCharsets.UTF_8);

        assertThat(IllegalXmlCharacters.firstOffset(legal)).isEmpty();
        assertThat(IllegalXmlCharacters.strip(legal).body()).isSameAs(legal);
        assertThat(IllegalXmlCharacters.strip("<a>\uFFFE&#0;&#xFFFF;x</a>".getBytes(StandardCharsets.UTF_8)).removed()).isEqualTo(3);
    }

    @Test
    void aDeletedHeaderWithMetadataIsADeletedRecord() {
        String deletedWithMetadata = dcRecord("oai:x:gone", "Still here?").replace("<header>", "<header status=\"deleted\">");

        HarvestedRecord record = single(TestSources.harvester(), listRecords(deletedWithMetadata));

        assertThat(record.deleted()).isTrue();
        assertThat(record.metadata()).isEmpty();
    }

    @Test
    void datestampsInEitherGranularityAreRead() {
        String mixed = dcRecord("oai:x:day", "Day").replace("2024-04-01T10:00:00Z", "2024-04-01")
                + dcRecord("oai:x:fraction", "Fraction").replace("2024-04-01T10:00:00Z", "2024-04-01T10:00:00.5Z")
                + dcRecord("oai:x:nozone", "No zone").replace("2024-04-01T10:00:00Z", "2024-04-01T10:00:00")
                + dcRecord("oai:x:bad", "Bad").replace("2024-04-01T10:00:00Z", "yesterday");

        List<HarvestedRecord> records = drainFrom(TestSources.harvester(), listRecords(mixed)).get(0).records();

        assertThat(records).extracting(HarvestedRecord::identifier).containsExactly("oai:x:day", "oai:x:fraction", "oai:x:nozone");
        assertThat(records).extracting(HarvestedRecord::datestamp).containsExactly(Instant.parse("2024-04-01T00:00:00Z"),
                Instant.parse("2024-04-01T10:00:00.5Z"), Instant.parse("2024-04-01T10:00:00Z"));
    }

    @Test
    void aRecordOverTheSizeLimitIsSkippedAndTheRestOfThePageKept() {
        String page = listRecords(dcRecord("oai:x:huge", "x".repeat(5_000)) + dcRecord("oai:x:small", "Small"));

        List<HarvestedRecord> records = drainFrom(new OaiPmhHarvester(fast().withMaxRecordChars(1_000)), page).get(0).records();

        assertThat(records).extracting(HarvestedRecord::identifier).containsExactly("oai:x:small");
    }

    @Test
    void anHtmlPageServedAsXmlIsNamedAsHtml() {
        OerfedException fault = firstPageFault("\n<!DOCTYPE html><html><head><title>Login</title></head></html>");

        assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
        assertThat(fault.getMessage()).contains("HTML instead of OAI-PMH");
    }

    @Test
    void anAnswerToAnotherVerbIsNotMistakenForAnEmptyList() {
        String identify = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>2024-05-01T00:00:00Z"
                + "</responseDate><request>http://stub/oai</request><Identify><repositoryName>R</repositoryName></Identify></OAI-PMH>";

        OerfedException fault = firstPageFault(identify);

        assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
        assertThat(fault.getMessage()).contains("answered Identify to ListRecords");
    }

    @Test
    void aGzipBombIsStoppedAtTheLimit() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(new byte[1_000_000]);
        }

        assertThatThrownBy(() -> new ContentDecoding(10_000).decode("gzip", zipped.toByteArray()))
                .isInstanceOf(ResponseTooLargeException.class).hasMessageContaining("10000");
        assertThat(new ContentDecoding(2_000_000).decode(null, zipped.toByteArray())).hasSize(1_000_000);
        assertThatThrownBy(() -> new ContentDecoding(10).decode("br", new byte[] {1}))
                .hasMessageContaining("unsupported Content-Encoding 'br'");
    }

    private static HarvestedRecord single(OaiPmhHarvester harvester, String response) {
        List<RecordPage> pages = drainFrom(harvester, response);
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).records()).hasSize(1);
        return pages.get(0).records().get(0);
    }

    private static List<RecordPage> drainFrom(OaiPmhHarvester harvester, String response) {
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.xml(response))) {
            return drain(harvester.pages(oaiDc(stub.url("/oai"))));
        }
    }

    private static OerfedException firstPageFault(String response) {
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.xml(response))) {
            return catchThrowableOfType(OerfedException.class, () -> TestSources.harvester().pages(oaiDc(stub.url("/oai"))).next());
        }
    }
}
