package org.oerfed.harvest.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.oerfed.harvest.oaipmh.TestSources.DC_NS;
import static org.oerfed.harvest.oaipmh.TestSources.OAI_DC_NS;
import static org.oerfed.harvest.oaipmh.TestSources.dcRecord;
import static org.oerfed.harvest.oaipmh.TestSources.drain;
import static org.oerfed.harvest.oaipmh.TestSources.error;
import static org.oerfed.harvest.oaipmh.TestSources.listRecords;
import static org.oerfed.harvest.oaipmh.TestSources.oaiDc;
import static org.oerfed.harvest.oaipmh.TestSources.standalone;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.w3c.dom.Document;

/** What real repositories do that the sample partner does not: served by a stub HTTP server. */
class ProtocolEdgeCaseTest {

    private final OaiPmhHarvester harvester = TestSources.harvester();

    @Test
    void requestsOnePagePerNextAndNoneBefore() {
        try (StubHttpServer stub = new StubHttpServer(query -> StubHttpServer.Response.xml(query.contains("resumptionToken")
                ? listRecords(dcRecord("oai:x:2", "Two") + "<resumptionToken completeListSize=\"2\" cursor=\"1\"/>")
                : listRecords(dcRecord("oai:x:1", "One") + "<resumptionToken completeListSize=\"2\" cursor=\"0\">page/2</resumptionToken>")))) {
            Iterator<RecordPage> pages = harvester.pages(oaiDc(stub.url("/oai")));
            assertThat(stub.requests()).isEmpty();

            RecordPage first = pages.next();
            assertThat(stub.requests()).hasSize(1);
            assertThat(first.resumptionToken()).contains("page/2");
            assertThat(pages.hasNext()).isTrue();

            RecordPage second = pages.next();
            assertThat(stub.requests()).hasSize(2);
            assertThat(stub.requests().get(1).query()).isEqualTo("verb=ListRecords&resumptionToken=page%2F2");
            assertThat(second.records()).extracting(HarvestedRecord::identifier).containsExactly("oai:x:2");
            assertThat(second.completeListSize()).contains(2L);
            assertThat(pages.hasNext()).isFalse();
        }
    }

    @Test
    void sendsTheConfiguredUserAgent() {
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.xml(listRecords(dcRecord("oai:x:1", "One"))))) {
            OaiPmhHarvester named = new OaiPmhHarvester(TestSources.fast().withUserAgent("OERfed/0.1 (+test)"));

            named.pages(oaiDc(stub.url("/oai"))).next();

            assertThat(stub.requests().get(0).userAgent()).isEqualTo("OERfed/0.1 (+test)");
        }
    }

    @Test
    void namespacesDeclaredOnTheRootAreDeclaredInTheMetadata() {
        String response = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\" xmlns:oai_dc=\"" + OAI_DC_NS
                + "\" xmlns:dc=\"" + DC_NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<responseDate>2024-05-01T00:00:00Z</responseDate><request>http://stub/oai</request><ListRecords>"
                + "<record><header><identifier>oai:x:a&amp;b</identifier><datestamp>2024-04-01</datestamp></header>"
                + "<metadata><oai_dc:dc xsi:schemaLocation=\"" + OAI_DC_NS + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd\">"
                + "<dc:title xml:lang=\"fr\">Fractions &amp; décimaux</dc:title></oai_dc:dc></metadata></record>"
                + "</ListRecords></OAI-PMH>";

        HarvestedRecord record = single(response);

        assertThat(record.identifier()).isEqualTo("oai:x:a&b");
        assertThat(record.datestamp()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
        Document dc = standalone(record.metadata().orElseThrow());
        assertThat(dc.getDocumentElement().getNamespaceURI()).isEqualTo(OAI_DC_NS);
        assertThat(dc.getElementsByTagNameNS(DC_NS, "title").item(0).getTextContent()).isEqualTo("Fractions & décimaux");
        assertThat(dc.getDocumentElement().getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation"))
                .startsWith(OAI_DC_NS);
    }

    @Test
    void aDefaultNamespaceInTheMetadataIsKept() {
        String lom = "<record><header><identifier>oai:x:lom</identifier><datestamp>2024-04-01T00:00:00Z</datestamp></header>"
                + "<metadata><lom xmlns=\"http://ltsc.ieee.org/xsd/LOM\"><general><title><string language=\"en\">Waves</string>"
                + "</title></general></lom></metadata></record>";

        Document doc = standalone(single(listRecords(lom)).metadata().orElseThrow());

        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://ltsc.ieee.org/xsd/LOM");
        assertThat(doc.getElementsByTagNameNS("http://ltsc.ieee.org/xsd/LOM", "string").item(0).getTextContent())
                .isEqualTo("Waves");
    }

    @Test
    void aRecordWithoutMetadataThatIsNotDeletedIsSkipped() {
        String broken = "<record><header><identifier>oai:x:broken</identifier><datestamp>2024-04-01</datestamp></header></record>";

        List<RecordPage> pages = drainFrom(listRecords(broken + dcRecord("oai:x:fine", "Fine")));

        assertThat(pages.get(0).records()).extracting(HarvestedRecord::identifier).containsExactly("oai:x:fine");
    }

    @Test
    void badArgumentIsASetupFault() {
        OerfedException fault = firstPageFault(error("badArgument", "Unknown argument"));

        assertThat(fault.fault()).isEqualTo(Fault.SETUP);
        assertThat(fault.getMessage()).contains("'oai_dc'", "badArgument", "Unknown argument");
    }

    @Test
    void otherOaiErrorsAreSourceFaultsNamingTheUrl() {
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.xml(error("someFutureCode", "Not in OAI-PMH 2.0")))) {
            OerfedException fault = catchThrowableOfType(OerfedException.class,
                    () -> harvester.pages(oaiDc(stub.url("/oai"))).next());

            assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
            assertThat(fault).isNotInstanceOf(BadResumptionTokenException.class);
            assertThat(fault.getMessage()).contains("someFutureCode (Not in OAI-PMH 2.0)", stub.url("/oai") + "?verb=ListRecords");
        }
    }

    @Test
    void anHttpErrorIsASourceFaultWithStatusAndUrl() {
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.of(503, "text/plain", "down for maintenance"))) {
            OerfedException fault = catchThrowableOfType(OerfedException.class,
                    () -> harvester.pages(oaiDc(stub.url("/oai"))).next());

            assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
            assertThat(fault.getMessage()).contains("503", stub.url("/oai").toString());
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
    }

    @Test
    void aPartnerThatNeverAnswersIsASourceFault() {
        CountDownLatch release = new CountDownLatch(1);
        try (StubHttpServer stub = new StubHttpServer(query -> {
            awaitQuietly(release);
            return StubHttpServer.Response.xml(listRecords(""));
        })) {
            OaiPmhHarvester impatient = new OaiPmhHarvester(TestSources.fast().withRequestTimeout(Duration.ofMillis(200)));

            OerfedException fault = catchThrowableOfType(OerfedException.class,
                    () -> impatient.pages(oaiDc(stub.url("/oai"))).next());
            release.countDown();

            assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
            assertThat(fault.getMessage()).contains("timed out", stub.url("/oai") + "?verb=ListRecords");
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        } finally {
            release.countDown();
        }
    }

    @Test
    void aResumptionTokenThatComesBackAgainStopsTheHarvest() {
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.xml(
                listRecords(dcRecord("oai:x:1", "One") + "<resumptionToken>same</resumptionToken>")))) {
            Iterator<RecordPage> pages = harvester.pages(oaiDc(stub.url("/oai")));
            pages.next();

            OerfedException fault = catchThrowableOfType(OerfedException.class, pages::next);

            assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
            assertThat(fault.getMessage()).contains("'same'", "second time");
        }
    }

    private HarvestedRecord single(String response) {
        List<RecordPage> pages = drainFrom(response);
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).records()).hasSize(1);
        return pages.get(0).records().get(0);
    }

    private List<RecordPage> drainFrom(String response) {
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.xml(response))) {
            return drain(harvester.pages(oaiDc(stub.url("/oai"))));
        }
    }

    private OerfedException firstPageFault(String response) {
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.xml(response))) {
            return catchThrowableOfType(OerfedException.class, () -> harvester.pages(oaiDc(stub.url("/oai"))).next());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
