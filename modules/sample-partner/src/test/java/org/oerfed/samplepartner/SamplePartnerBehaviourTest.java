package org.oerfed.samplepartner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;

/** The failures and declarations a {@link PartnerBehaviour} makes the partner show, over real HTTP. */
class SamplePartnerBehaviourTest {

    private static final SampleCatalogue CATALOGUE = SampleCatalogue.generated(12, 4);

    @Test
    void declaresDayGranularityWritesDaysAndRefusesSecondsInArguments() {
        try (SamplePartner partner = start(PartnerBehaviour.normal().withGranularity(PartnerBehaviour.Granularity.DAY))) {
            OaiHttp oai = new OaiHttp(partner.baseUrl());

            assertThat(oai.get("verb=Identify").text("//oai:Identify/oai:granularity")).isEqualTo("YYYY-MM-DD");
            assertThat(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc").texts("//oai:header/oai:datestamp"))
                    .allSatisfy(d -> assertThat(d).matches("\\d{4}-\\d{2}-\\d{2}"));
            assertThat(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2024-01-01T00:00:00Z").errorCode())
                    .isEqualTo("badArgument");
        }
    }

    @Test
    void secondsGranularityIsTheDefault() {
        try (SamplePartner partner = start(PartnerBehaviour.normal())) {
            assertThat(new OaiHttp(partner.baseUrl()).get("verb=Identify").text("//oai:Identify/oai:granularity"))
                    .isEqualTo("YYYY-MM-DDThh:mm:ssZ");
        }
    }

    @Test
    void deletedRecordPolicyNoForgetsDeletedRecords() {
        try (SamplePartner partner = start(PartnerBehaviour.normal()
                .withDeletedRecords(PartnerBehaviour.DeletedRecordPolicy.NO))) {
            OaiHttp oai = new OaiHttp(partner.baseUrl());

            assertThat(oai.get("verb=Identify").text("//oai:Identify/oai:deletedRecord")).isEqualTo("no");
            OaiResponse list = oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc");
            assertThat(list.count("//oai:header")).isEqualTo(9);
            assertThat(list.count("//oai:header[@status='deleted']")).isZero();
        }
    }

    @Test
    void transientPolicyIsDeclaredAndDeletedHeadersServed() {
        try (SamplePartner partner = start(PartnerBehaviour.normal()
                .withDeletedRecords(PartnerBehaviour.DeletedRecordPolicy.TRANSIENT))) {
            OaiHttp oai = new OaiHttp(partner.baseUrl());

            assertThat(oai.get("verb=Identify").text("//oai:Identify/oai:deletedRecord")).isEqualTo("transient");
            assertThat(oai.get("verb=ListIdentifiers&metadataPrefix=oai_dc").count("//oai:header[@status='deleted']"))
                    .isEqualTo(3);
        }
    }

    @Test
    void failsTheNumberedRequestWithItsStatusAndRetryAfterAndCountsEveryRequest() {
        try (SamplePartner partner = start(PartnerBehaviour.normal().withFailure(2, 503, "7"))) {
            OaiHttp oai = new OaiHttp(partner.baseUrl());

            HttpResponse<byte[]> first = oai.send(get(partner.baseUrl(), "verb=Identify"));
            HttpResponse<byte[]> second = oai.send(get(partner.baseUrl(), "verb=Identify"));
            HttpResponse<byte[]> third = oai.send(get(partner.baseUrl(), "verb=Identify"));

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.headers().firstValue("Retry-After")).contains("7");
            assertThat(third.statusCode()).isEqualTo(200);
            assertThat(partner.requests()).extracting(ReceivedRequest::number).containsExactly(1, 2, 3);
        }
    }

    @Test
    void compressesOnlyForClientsThatAcceptIt() throws IOException {
        try (SamplePartner gzip = start(PartnerBehaviour.normal().withCompression(PartnerBehaviour.Compression.GZIP));
             SamplePartner deflate = start(PartnerBehaviour.normal().withCompression(PartnerBehaviour.Compression.DEFLATE))) {
            OaiHttp oai = new OaiHttp(gzip.baseUrl());

            HttpResponse<byte[]> zipped = oai.send(get(gzip.baseUrl(), "verb=Identify", "gzip"));
            HttpResponse<byte[]> plain = oai.send(get(gzip.baseUrl(), "verb=Identify", null));
            HttpResponse<byte[]> deflated = oai.send(get(deflate.baseUrl(), "verb=Identify", "gzip, deflate"));

            assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
            assertThat(OaiResponse.parse(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes())
                    .text("//oai:Identify/oai:protocolVersion")).isEqualTo("2.0");
            assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(OaiResponse.parse(plain.body()).text("//oai:Identify/oai:protocolVersion")).isEqualTo("2.0");
            assertThat(deflated.headers().firstValue("Content-Encoding")).contains("deflate");
            assertThat(OaiResponse.parse(new InflaterInputStream(new ByteArrayInputStream(deflated.body())).readAllBytes())
                    .text("//oai:Identify/oai:protocolVersion")).isEqualTo("2.0");
        }
    }

    @Test
    void expiredTokensAreRefusedWithBadResumptionToken() {
        try (SamplePartner partner = SamplePartner.start(CATALOGUE, 0, 5, PartnerBehaviour.normal().withExpiredResumptionTokens())) {
            OaiHttp oai = new OaiHttp(partner.baseUrl());
            OaiResponse first = oai.get("verb=ListRecords&metadataPrefix=oai_dc");

            assertThat(first.resumptionToken()).isNotEmpty();
            assertThat(oai.get("verb=ListRecords&resumptionToken="
                    + java.net.URLEncoder.encode(first.resumptionToken(), java.nio.charset.StandardCharsets.UTF_8)).errorCode())
                    .isEqualTo("badResumptionToken");
        }
    }

    @Test
    void aSlowPartnerMakesAnImpatientClientTimeOut() {
        try (SamplePartner partner = start(PartnerBehaviour.normal().withResponseDelay(Duration.ofSeconds(5)))) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create(partner.baseUrl() + "?verb=Identify"))
                    .timeout(Duration.ofMillis(200)).build();

            assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofByteArray()))
                    .isInstanceOf(HttpTimeoutException.class);
        }
    }

    @Test
    void refusesNonsensicalBehaviour() {
        assertThatThrownBy(() -> PartnerBehaviour.normal().withFailure(0, 503, null)).hasMessageContaining("from 1");
        assertThatThrownBy(() -> PartnerBehaviour.normal().withFailure(1, 200, null)).hasMessageContaining("200");
        assertThatThrownBy(() -> PartnerBehaviour.normal().withResponseDelay(Duration.ofSeconds(-1)))
                .hasMessageContaining("responseDelay");
    }

    private static SamplePartner start(PartnerBehaviour behaviour) {
        return SamplePartner.start(CATALOGUE, 0, 20, behaviour);
    }

    private static HttpRequest get(URI baseUrl, String query) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "?" + query)).GET().build();
    }

    private static HttpRequest get(URI baseUrl, String query, String acceptEncoding) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + "?" + query)).GET();
        if (acceptEncoding != null) {
            builder.header("Accept-Encoding", acceptEncoding);
        }
        return builder.build();
    }
}
