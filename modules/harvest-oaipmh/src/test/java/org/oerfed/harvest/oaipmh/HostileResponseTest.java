package org.oerfed.harvest.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.oerfed.harvest.oaipmh.TestSources.listRecords;
import static org.oerfed.harvest.oaipmh.TestSources.oaiDc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;

/**
 * Responses built to attack an XML parser are refused as SOURCE faults, and nothing they point at is
 * fetched or read.
 */
class HostileResponseTest {

    private final OaiPmhHarvester harvester = TestSources.harvester();

    @Test
    void anExternalEntityOnTheNetworkIsRefusedWithoutBeingFetched() {
        try (StubHttpServer canary = StubHttpServer.answering(StubHttpServer.Response.of(200, "text/plain", "CANARY"))) {
            String hostile = "<!DOCTYPE OAI-PMH [<!ENTITY leak SYSTEM \"" + canary.url("/secret") + "\">]>"
                    + listRecords(TestSources.dcRecord("oai:x:1", "A&leak;B"));

            OerfedException fault = harvestFrom(hostile);

            assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
            assertThat(fault.getMessage()).contains("DTD").doesNotContain("CANARY");
            assertThat(canary.requests()).isEmpty();
        }
    }

    @Test
    void anExternalEntityOnDiskIsRefusedWithoutBeingRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER", StandardCharsets.UTF_8);
        String hostile = "<!DOCTYPE OAI-PMH [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>"
                + listRecords(TestSources.dcRecord("oai:x:1", "&leak;"));

        OerfedException fault = harvestFrom(hostile);

        assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
        assertThat(fault.getMessage()).doesNotContain("TOP-SECRET-MARKER");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE OAI-PMH [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        dtd.append("]>");
        String hostile = dtd + listRecords(TestSources.dcRecord("oai:x:1", "&lol9;"));

        OerfedException fault = harvestFrom(hostile);

        assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
        assertThat(fault.getMessage()).contains("DTD");
    }

    @Test
    void aReferenceToAnUndeclaredEntityIsRefusedRatherThanDropped() {
        OerfedException fault = harvestFrom(listRecords(TestSources.dcRecord("oai:x:1", "A&nbsp;B")));

        assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
        assertThat(fault.getMessage()).contains("refused the response");
    }

    @Test
    void anHtmlPageIsNotMistakenForAnEmptyList() {
        OerfedException fault = harvestFrom("<html><body><h1>Maintenance</h1></body></html>");

        assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
        assertThat(fault.getMessage()).contains("HTML instead of OAI-PMH", "/oai?verb=ListRecords");
    }

    @Test
    void textThatIsNotXmlIsRefused() {
        OerfedException fault = harvestFrom("Service temporarily unavailable");

        assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
        assertThat(fault.getMessage()).contains("not well-formed");
    }

    @Test
    void aResponseOverTheSizeLimitIsRefused() {
        String big = listRecords(TestSources.dcRecord("oai:x:1", "x".repeat(5_000)));
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.xml(big))) {
            OaiPmhHarvester small = new OaiPmhHarvester(TestSources.fast().withMaxResponseBytes(1_000));

            OerfedException fault = catchThrowableOfType(OerfedException.class,
                    () -> small.pages(oaiDc(stub.url("/oai"))).next());

            assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
            assertThat(fault.getMessage()).contains("larger than 1000 bytes");
        }
    }

    private OerfedException harvestFrom(String body) {
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.xml(body))) {
            return catchThrowableOfType(OerfedException.class, () -> harvester.pages(oaiDc(stub.url("/oai"))).next());
        }
    }
}
