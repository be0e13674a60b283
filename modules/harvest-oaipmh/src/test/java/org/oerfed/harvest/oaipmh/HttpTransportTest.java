package org.oerfed.harvest.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.oerfed.harvest.oaipmh.TestSources.drain;
import static org.oerfed.harvest.oaipmh.TestSources.error;
import static org.oerfed.harvest.oaipmh.TestSources.fast;
import static org.oerfed.harvest.oaipmh.TestSources.oaiDc;
import static org.oerfed.harvest.oaipmh.TestSources.recordingWaits;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.samplepartner.PartnerBehaviour;
import org.oerfed.samplepartner.ReceivedRequest;
import org.oerfed.samplepartner.SampleCatalogue;
import org.oerfed.samplepartner.SamplePartner;

/**
 * The transport against real loopback servers: retries, Retry-After, timeouts, compression, redirects.
 * Waits between retries are recorded rather than spent, so the tests say what the harvester asked for.
 */
class HttpTransportTest {

    private static final SampleCatalogue CATALOGUE = SampleCatalogue.generated(30, 0);
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Test
    void a503WithRetryAfterInSecondsIsWaitedOutThenTheHarvestGoesOn() {
        try (SamplePartner partner = start(PartnerBehaviour.normal().withFailure(1, 503, "2"))) {
            OaiPmhHarvester harvester = recordingWaits(fast().withRetries(3, Duration.ofMillis(10), Duration.ofMillis(50)), waits);

            List<RecordPage> pages = drain(harvester.pages(oaiDc(partner.baseUrl())));

            assertThat(records(pages)).hasSize(30);
            assertThat(waits).containsExactly(Duration.ofSeconds(2));
            assertThat(partner.requests()).hasSize(3 + 1);
        }
    }

    @Test
    void a429WithRetryAfterAsAnHttpDateIsHonouredUpToTheCap() {
        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        try (SamplePartner partner = start(PartnerBehaviour.normal().withFailure(1, 429, inAnHour))) {
            OaiPmhHarvester harvester = recordingWaits(fast().withRetries(2, Duration.ofMillis(10), Duration.ofMillis(50))
                    .withMaxRetryAfter(Duration.ofSeconds(90)), waits);

            assertThat(records(drain(harvester.pages(oaiDc(partner.baseUrl()))))).hasSize(30);
            assertThat(waits).containsExactly(Duration.ofSeconds(90));
        }
    }

    @Test
    void a5xxWithoutRetryAfterBacksOffWithJitterBelowTheCeiling() {
        try (SamplePartner partner = start(PartnerBehaviour.normal().withFailure(1, 500, null).withFailure(2, 502, null))) {
            OaiPmhHarvester harvester = recordingWaits(fast().withRetries(3, Duration.ofMillis(100), Duration.ofSeconds(1)), waits);

            assertThat(records(drain(harvester.pages(oaiDc(partner.baseUrl()))))).hasSize(30);
            assertThat(waits).hasSize(2);
            assertThat(waits.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(100));
            assertThat(waits.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(200));
        }
    }

    @Test
    void whenEveryAttemptFailsTheFaultNamesUrlAttemptsAndStatus() {
        try (SamplePartner partner = start(PartnerBehaviour.normal()
                .withFailure(1, 503, null).withFailure(2, 503, null).withFailure(3, 503, null))) {
            OaiPmhHarvester harvester = recordingWaits(fast().withRetries(3, Duration.ofMillis(1), Duration.ofMillis(2)), waits);

            OerfedException fault = catchThrowableOfType(OerfedException.class,
                    () -> harvester.pages(oaiDc(partner.baseUrl())).next());

            assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
            assertThat(fault.getMessage()).contains("sample-partner", partner.baseUrl() + "?verb=ListRecords",
                    "3 times", "HTTP 503");
            assertThat(partner.requests()).hasSize(3);
        }
    }

    @Test
    void aClientErrorIsNotRetried() {
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.of(404, "text/html", "<h1>Not Found</h1>"))) {
            OaiPmhHarvester harvester = recordingWaits(fast().withRetries(3, Duration.ofMillis(1), Duration.ofMillis(2)), waits);

            OerfedException fault = catchThrowableOfType(OerfedException.class, () -> harvester.pages(oaiDc(stub.url("/oai"))).next());

            assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
            assertThat(fault.getMessage()).contains("HTTP 404", stub.url("/oai").toString(), "Not Found");
            assertThat(stub.requests()).hasSize(1);
        }
    }

    @Test
    void anOaiPmhErrorSentWithAnHttpErrorStatusIsReadAsTheProtocolError() {
        // Zenodo answers protocol errors with 422 and the OAI-PMH error document.
        try (StubHttpServer stub = StubHttpServer.answering(new StubHttpServer.Response(422, "text/xml",
                error("badResumptionToken", "The token is expired").getBytes(StandardCharsets.UTF_8), java.util.Map.of(), false))) {
            BadResumptionTokenException fault = catchThrowableOfType(BadResumptionTokenException.class,
                    () -> TestSources.harvester().pages(oaiDc(stub.url("/oai")),
                            org.oerfed.core.harvest.HarvestRequest.everything().resumedAt("XXX")).next());

            assertThat(fault.token()).isEqualTo("XXX");
            assertThat(fault.getMessage()).contains("The token is expired");
        }
    }

    @Test
    void anUnreachablePartnerIsRetriedThenASourceFault() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/oai");
        }
        OaiPmhHarvester harvester = recordingWaits(fast().withRetries(2, Duration.ofMillis(1), Duration.ofMillis(2)), waits);

        OerfedException fault = catchThrowableOfType(OerfedException.class, () -> harvester.pages(oaiDc(closed)).next());

        assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
        assertThat(fault.getMessage()).contains(closed + "?verb=ListRecords", "2 times", "could not be reached");
        assertThat(waits).hasSize(1);
    }

    @Test
    void aPartnerSlowerThanTheRequestTimeoutIsASourceFaultNamingTheUrl() {
        try (SamplePartner partner = start(PartnerBehaviour.normal().withResponseDelay(Duration.ofSeconds(5)))) {
            OaiPmhHarvester impatient = new OaiPmhHarvester(fast().withRequestTimeout(Duration.ofMillis(300)));

            OerfedException fault = catchThrowableOfType(OerfedException.class,
                    () -> impatient.pages(oaiDc(partner.baseUrl())).next());

            assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
            assertThat(fault.getMessage()).contains("timed out", partner.baseUrl() + "?verb=ListRecords&metadataPrefix=oai_dc");
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBodyThatTricklesForeverIsCutOffByTheRequestTimeout() {
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.xml("").trickling())) {
            OaiPmhHarvester impatient = new OaiPmhHarvester(fast().withRequestTimeout(Duration.ofMillis(500)));

            OerfedException fault = catchThrowableOfType(OerfedException.class, () -> impatient.pages(oaiDc(stub.url("/oai"))).next());

            assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
            assertThat(fault.getMessage()).contains("timed out", stub.url("/oai").toString());
        }
    }

    @Test
    void gzipAndDeflateAreAskedForAndDecoded() {
        for (PartnerBehaviour.Compression compression : List.of(PartnerBehaviour.Compression.GZIP, PartnerBehaviour.Compression.DEFLATE)) {
            try (SamplePartner partner = start(PartnerBehaviour.normal().withCompression(compression))) {
                List<HarvestedRecord> records = records(drain(TestSources.harvester().pages(oaiDc(partner.baseUrl()))));

                assertThat(records).as(compression.name()).hasSize(30);
                assertThat(records.get(0).metadata()).get().asString().contains("Generated lesson 0001");
                assertThat(partner.requests()).extracting(ReceivedRequest::acceptEncoding)
                        .allSatisfy(accepted -> assertThat(accepted).contains("gzip", "deflate"));
            }
        }
    }

    @Test
    void aRedirectIsFollowedToThePartner() {
        try (SamplePartner partner = start(PartnerBehaviour.normal());
             StubHttpServer moved = new StubHttpServer(query ->
                     StubHttpServer.Response.redirect(301, partner.baseUrl() + "?" + query))) {
            List<HarvestedRecord> records = records(drain(TestSources.harvester().pages(oaiDc(moved.url("/old-oai")))));

            assertThat(records).hasSize(30);
            assertThat(moved.requests()).hasSize(3);
            assertThat(partner.requests()).hasSize(3);
        }
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        try (StubHttpServer stub = StubHttpServer.answering(StubHttpServer.Response.redirect(302, "file:///etc/passwd"))) {
            OerfedException fault = catchThrowableOfType(OerfedException.class,
                    () -> TestSources.harvester().pages(oaiDc(stub.url("/oai"))).next());

            assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
            assertThat(fault.getMessage()).contains("file:///etc/passwd", "only http and https");
        }
    }

    @Test
    void redirectsStopAtTheLimit() {
        try (StubHttpServer loop = new StubHttpServer(query -> StubHttpServer.Response.redirect(307, "/again?" + query))) {
            OerfedException fault = catchThrowableOfType(OerfedException.class,
                    () -> new OaiPmhHarvester(fast().withMaxRedirects(3)).pages(oaiDc(loop.url("/oai"))).next());

            assertThat(fault.fault()).isEqualTo(Fault.SOURCE);
            assertThat(fault.getMessage()).contains("redirected more than 3 times");
            assertThat(loop.requests()).hasSize(4);
        }
    }

    private static SamplePartner start(PartnerBehaviour behaviour) {
        return SamplePartner.start(CATALOGUE, 0, 10, behaviour);
    }

    private static List<HarvestedRecord> records(List<RecordPage> pages) {
        return pages.stream().flatMap(p -> p.records().stream()).toList();
    }
}
