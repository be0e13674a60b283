package org.oerfed.harvest.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestRequest;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.source.InvalidCharacters;
import org.oerfed.core.source.Quirk;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.samplepartner.PartnerBehaviour;
import org.oerfed.samplepartner.ReceivedRequest;
import org.oerfed.samplepartner.SampleCatalogue;
import org.oerfed.samplepartner.SamplePartner;

/** The per-source settings of a source file: quirk flags and the invalid-character policy. */
class SourceQuirksTest {
    private static final HarvestRequest WINDOW = new HarvestRequest(Optional.of(Instant.parse("2024-01-01T10:30:00Z")),
            Optional.of(Instant.parse("2024-01-03T12:00:00Z")), Optional.empty());

    @Test
    void withoutQuirksTheWindowGoesAtTheDeclaredSecondsGranularity() {
        List<String> queries = harvestAndListQueries(Set.of());
        assertThat(queries).anyMatch(q -> q.contains("from=2024-01-01T10%3A30%3A00Z") && q.contains("until=2024-01-03T12%3A00%3A00Z"));
    }

    @Test
    void dayGranularitySendsDaysAndAsksNoIdentify() {
        List<String> queries = harvestAndListQueries(Set.of(Quirk.DAY_GRANULARITY));
        assertThat(queries).anyMatch(q -> q.contains("from=2024-01-01&") || q.endsWith("from=2024-01-01"));
        assertThat(queries).noneMatch(q -> q.contains("T10%3A30%3A00Z"));
        assertThat(queries).noneMatch(q -> q.contains("verb=Identify"));
    }

    @Test
    void noUntilNeverSendsUntil() {
        List<String> queries = harvestAndListQueries(Set.of(Quirk.NO_UNTIL));
        assertThat(queries).anyMatch(q -> q.contains("from="));
        assertThat(queries).noneMatch(q -> q.contains("until="));
    }

    @Test
    void failPolicyRefusesCharactersXmlForbidsWhereStripReadsOn() throws Exception {
        String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
                + "<responseDate>2024-01-01T00:00:00Z</responseDate><request verb=\"ListRecords\">x</request><ListRecords>"
                + "<record><header><identifier>oai:x:1</identifier><datestamp>2024-01-01</datestamp></header><metadata>"
                + "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>Bell\u0007 character</dc:title></oai_dc:dc></metadata></record></ListRecords></OAI-PMH>";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oai", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oai");
            RecordPage stripped = TestSources.harvester().pages(source(url, Set.of(), InvalidCharacters.STRIP)).next();
            assertThat(stripped.records()).singleElement().satisfies(r -> assertThat(r.metadata().orElseThrow()).contains("Bell character"));

            assertThatThrownBy(() -> TestSources.harvester().pages(source(url, Set.of(), InvalidCharacters.FAIL)).next())
                    .isInstanceOf(OerfedException.class)
                    .satisfies(e -> assertThat(((OerfedException) e).fault()).isEqualTo(Fault.SOURCE));
        } finally {
            server.stop(0);
        }
    }

    private static List<String> harvestAndListQueries(Set<Quirk> quirks) {
        PartnerBehaviour seconds = PartnerBehaviour.normal().withGranularity(PartnerBehaviour.Granularity.SECONDS);
        try (SamplePartner partner = SamplePartner.start(SampleCatalogue.generated(30, 0), 0, 10, seconds)) {
            TestSources.drain(TestSources.harvester().pages(source(partner.baseUrl(), quirks, InvalidCharacters.STRIP), WINDOW));
            return partner.requests().stream().map(ReceivedRequest::query).toList();
        }
    }

    private static SourceConfig source(URI url, Set<Quirk> quirks, InvalidCharacters invalidCharacters) {
        return new SourceConfig("quirky", "Quirky partner", "FR", SourceType.OAI_PMH, url, List.of("oai_dc"), List.of(), Optional.empty(), quirks,
                invalidCharacters);
    }
}
