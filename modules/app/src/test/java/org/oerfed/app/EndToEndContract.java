package org.oerfed.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.harvest.HarvestRunLog;
import org.oerfed.core.harvest.RunStatus;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.normalise.LanguageCodes;
import org.oerfed.samplepartner.SampleCatalogue;
import org.oerfed.samplepartner.SamplePartner;
import org.oerfed.samplepartner.SampleRecord;

/**
 * The whole path on real parts: the sample partner over HTTP → the harvest route → TDB2 → the search engine
 * → the HTTP API. Run once per engine by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EndToEndContract {
    private static final Duration HARVEST_DEADLINE = Duration.ofMinutes(2);
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final SampleCatalogue catalogue = SampleCatalogue.bundled();

    private Path dir;
    private SamplePartner partner;
    private ApplicationContext context;
    private URI base;

    /** Properties that choose and configure the engine under test. */
    abstract Map<String, Object> engineProperties();

    @BeforeAll
    void startEverything(@TempDir Path dir) throws Exception {
        this.dir = dir;
        partner = SamplePartner.start(catalogue, 0, 10);
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Files.writeString(sources.resolve("sample.yaml"), """
                id: sample
                name: Sample partner
                country: SN
                type: oai-pmh
                url: %s
                metadataPrefix: oai_dc
                """.formatted(partner.baseUrl()));
        Map<String, Object> properties = new HashMap<>(engineProperties());
        properties.put("micronaut.server.port", -1);
        properties.put("oerfed.data-dir", dir.resolve("data").toString());
        properties.put("oerfed.sources-dir", sources.toString());
        properties.put("oerfed.base-uri", "https://oer.example.org/");
        // the in-process partner needs no politeness pause
        properties.put("oerfed.harvest.host-interval", "0s");
        context = ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext();
        base = context.getBean(EmbeddedServer.class).getURI();
        awaitHarvest(context.getBean(HarvestRunLog.class));
    }

    @AfterAll
    void stopEverything() {
        if (context != null) context.close();
        if (partner != null) partner.close();
    }

    @Test
    void everyLiveSampleRecordIsSearchableWithFacets() throws Exception {
        JsonNode all = getJson("/api/search?size=100");

        assertThat(all.get("total").asLong()).isEqualTo(liveRecords().size());
        assertThat(all.get("hits")).hasSize(liveRecords().size());
        assertThat(sum(all.get("facets").get("source"))).isEqualTo(liveRecords().size());
        assertThat(all.get("facets").get("source").get(0).get("value").asText()).isEqualTo("sample");
        assertThat(values(all.get("facets").get("language"))).contains("en", "fr", "es", "ar", "zh");
        assertThat(values(all.get("facets").get("license"))).contains("https://creativecommons.org/licenses/by/4.0/");
        JsonNode hit = all.get("hits").get(0);
        assertThat(hit.fieldNames()).toIterable().contains("id", "title", "description", "url", "resource", "languages",
                "license", "sources", "facets", "matchedFields", "highlights");
        assertThat(hit.get("sources").get(0).asText()).isEqualTo("sample");
        assertThat(all.get("facets").fieldNames()).toIterable().contains("source", "country", "language", "license",
                "open", "level", "subject", "type", "format", "accessibility", "year");
    }

    @Test
    void filtersByLanguageAndCountsFacetsOverTheFilteredHits() throws Exception {
        JsonNode french = getJson("/api/search?size=100&language=fr");
        long expected = liveRecords().stream().filter(r -> hasLanguage(r, "fr")).count();
        assertThat(expected).isPositive();
        assertThat(french.get("total").asLong()).isEqualTo(expected);
        french.get("hits").forEach(h -> assertThat(values(h.get("languages"))).contains("fr"));
    }

    @Test
    void freeTextFindsRecordsByTitleWords() throws Exception {
        SampleRecord record = liveRecords().get(0);
        String title = record.values("title").get(0);
        String word = java.util.Arrays.stream(title.split("[\\p{Punct}\\s]+")).filter(w -> w.length() > 3).findFirst().orElse(title);
        JsonNode result = getJson("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertThat(result.get("total").asLong()).isPositive();
        assertThat(ids(result)).contains(resourceId(record));
    }

    @Test
    void answersNoMatchWithEmptyHitsAndFacets() throws Exception {
        JsonNode none = getJson("/api/search?q=zzzyyyxxx");
        assertThat(none.get("total").asLong()).isZero();
        assertThat(none.get("hits").isArray()).isTrue();
        assertThat(none.get("hits")).isEmpty();
        assertThat(none.get("facets").get("language").isArray()).isTrue();
    }

    @Test
    void theGraphHoldsExactlyTheLiveRecords() throws Exception {
        String query = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <http://schema.org/LearningResource> }";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        long count = json.readTree(response.body()).at("/results/bindings/0/n/value").asLong();
        assertThat(count).isEqualTo(liveRecords().size());
    }

    @Test
    void deletedRecordsAreNeitherInTheGraphNorInTheIndex() throws Exception {
        List<SampleRecord> deleted = catalogue.records().stream().filter(SampleRecord::deleted).toList();
        assertThat(deleted).isNotEmpty();
        List<String> indexed = ids(getJson("/api/search?size=100"));
        for (SampleRecord record : deleted) {
            assertThat(indexed).doesNotContain(resourceId(record));
            assertThat(get("/api/resources/" + resourceId(record)).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void servesAResourceAsJsonLdWithItsProvenance() throws Exception {
        SampleRecord record = liveRecords().get(0);
        HttpResponse<String> response = get("/api/resources/" + resourceId(record));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/ld+json"));
        assertThat(response.body()).contains(record.identifier()).contains(record.values("title").get(0));
    }

    @Test
    void refusesBadParametersWithAProblemNamingThem() throws Exception {
        HttpResponse<String> response = get("/api/search?size=1000");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("detail").asText()).contains("size");
    }

    @Test
    void showsTheSourceItsRunsAndTheirErrorsAsJsonAndCsv() throws Exception {
        JsonNode sources = getJson("/api/sources");
        assertThat(sources).hasSize(1);
        JsonNode source = sources.get(0);
        assertThat(source.get("id").asText()).isEqualTo("sample");
        assertThat(source.get("country").asText()).isEqualTo("SN");
        assertThat(source.get("harvestedUntil").isTextual()).isTrue();
        assertThat(source.at("/lastRun/status").asText()).isIn("COMPLETED", "RUNNING");

        JsonNode runs = getJson("/api/sources/sample/runs");
        JsonNode first = runs.get(runs.size() - 1);
        assertThat(first.get("mode").asText()).isEqualTo("FULL");
        assertThat(first.at("/counts/added").asLong()).isEqualTo(liveRecords().size());
        String runId = first.get("runId").asText();
        assertThat(getJson("/api/sources/sample/runs/" + runId + "/errors")).isEmpty();
        HttpResponse<String> csv = get("/api/sources/sample/runs/" + runId + "/errors?format=csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).isEqualTo("source,run,at,fault,record,message\r\n");
        assertThat(get("/api/sources/nobody/runs").statusCode()).isEqualTo(404);
        assertThat(get("/api/sources/sample/runs/" + runId + "x/errors").statusCode()).isEqualTo(404);
    }

    @Test
    void startsAFullHarvestOnDemandWhichFindsEverythingUnchanged() throws Exception {
        int before = getJson("/api/sources/sample/runs").size();
        HttpResponse<String> bad = post("/api/sources/sample/harvest?mode=sideways");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(post("/api/sources/sample/harvest?mode=full").statusCode()).isEqualTo(202);

        HarvestRunLog runs = context.getBean(HarvestRunLog.class);
        Instant deadline = Instant.now().plus(HARVEST_DEADLINE);
        HarvestRun run = null;
        while (Instant.now().isBefore(deadline)) {
            List<HarvestRun> all = runs.runs("sample"); // one read: the newest run and the count must agree
            run = all.get(0);
            if (all.size() > before && run.status() != RunStatus.RUNNING) break;
            Thread.sleep(100);
        }
        assertThat(run.mode()).isEqualTo(org.oerfed.core.harvest.HarvestMode.FULL);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.counts().unchanged()).isEqualTo(liveRecords().size());
        assertThat(getJson("/api/search?size=1").get("total").asLong()).isEqualTo(liveRecords().size());
    }

    @Test
    void addsHarvestsAndRemovesASourceThroughTheAdminApi() throws Exception {
        HttpResponse<String> invalid = put("/api/sources/second", "id: second\nname: Second\ncountry: Narnia\ntype: oai-pmh\n");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(json.readTree(invalid.body()).get("errors").toString())
                .contains("missing key 'url'").contains("country 'Narnia' is not an ISO 3166-1 alpha-2 code");

        HttpResponse<String> created = put("/api/sources/second", """
                id: second
                name: Second partner
                country: BR
                type: oai-pmh
                url: %s
                metadataPrefix: oai_dc
                """.formatted(partner.baseUrl()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(Files.exists(dir.resolve("sources/second.yaml"))).isTrue();
        HarvestRunLog runs = context.getBean(HarvestRunLog.class);
        Instant deadline = Instant.now().plus(HARVEST_DEADLINE);
        while (Instant.now().isBefore(deadline)
                && runs.latest("second").map(r -> r.status() == RunStatus.RUNNING).orElse(true)) {
            Thread.sleep(100);
        }
        assertThat(runs.latest("second").orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(getJson("/api/search?source=second&size=1").get("total").asLong()).isEqualTo(liveRecords().size());

        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(base.resolve("/api/sources/second?purge=true")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(Files.exists(dir.resolve("sources/second.yaml"))).isFalse();
        assertThat(get("/api/sources/second").statusCode()).isEqualTo(404);
        assertThat(getJson("/api/search?source=second&size=1").get("total").asLong()).isZero();
        assertThat(getJson("/api/search?size=1").get("total").asLong()).isEqualTo(liveRecords().size());
    }

    @Test
    void exposesHarvestMetricsForPrometheus() throws Exception {
        HttpResponse<String> response = get("/prometheus");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("oerfed_harvest_records_total{outcome=\"added\",source=\"sample\"}");
        assertThat(response.body()).contains("oerfed_harvest_runs_total");
    }

    @Test
    void servesTheQualityOfASourcesRecordsAndLinksTheirValuesToConcepts() throws Exception {
        HttpResponse<String> response = get("/api/sources/sample/quality");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode quality = json.readTree(response.body());
        assertThat(quality.get("records").asLong()).isEqualTo(liveRecords().size());
        assertThat(quality.at("/completeness/name/share").asDouble()).isEqualTo(1.0);
        // the sample partner's licences are mostly open Creative Commons ones: the vocabulary in the store says so
        assertThat(quality.at("/openLicence/records").asLong()).isPositive().isLessThan(liveRecords().size());
        assertThat(getJson("/api/sources/sample").at("/lastRun/quality/records").asLong()).isEqualTo(liveRecords().size());

        HttpResponse<String> unknown = get("/api/sources/nobody/quality");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void compactsTheGraphStoreOnRequestAndKeepsEveryResource() throws Exception {
        HttpResponse<String> response = post("/api/graph/compact");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode compacted = json.readTree(response.body());
        assertThat(compacted.get("bytesAfter").asLong()).isPositive().isLessThanOrEqualTo(compacted.get("bytesBefore").asLong());
        assertThat(getJson("/health").at("/details/stores/details/recordGraphs").asLong()).isEqualTo(liveRecords().size());
        assertThat(getJson("/api/search?size=1").get("total").asLong()).isEqualTo(liveRecords().size());
    }

    @Test
    void rebuildsTheSearchIndexFromTheGraphWhileSearchesGoOn() throws Exception {
        JsonNode before = getJson("/api/search?size=100&sort=title");
        HttpResponse<String> started = post("/api/index/rebuild");
        assertThat(started.statusCode()).isEqualTo(202);
        Instant deadline = Instant.now().plus(HARVEST_DEADLINE);
        JsonNode state = getJson("/api/index");
        while (state.at("/rebuild/status").asText().equals("RUNNING") && Instant.now().isBefore(deadline)) {
            // the live index answers while the new one is filled
            assertThat(getJson("/api/search?size=1").get("total").asLong()).isEqualTo(liveRecords().size());
            Thread.sleep(100);
            state = getJson("/api/index");
        }
        assertThat(state.at("/rebuild/status").asText()).isEqualTo("COMPLETED");
        assertThat(state.at("/rebuild/documents").asLong()).isEqualTo(liveRecords().size());
        assertThat(state.get("documents").asLong()).isEqualTo(liveRecords().size());
        assertThat(ids(getJson("/api/search?size=100&sort=title"))).isEqualTo(ids(before));
    }

    @Test
    void reportsHealth() throws Exception {
        HttpResponse<String> response = get("/health");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json.readTree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/details/stores/details/recordGraphs").asLong()).isEqualTo(liveRecords().size());
        assertThat(health.at("/details/stores/details/searchDocuments").asLong()).isEqualTo(liveRecords().size());
    }

    private void awaitHarvest(HarvestRunLog runs) throws InterruptedException {
        Instant deadline = Instant.now().plus(HARVEST_DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            HarvestRun run = runs.latest("sample").orElse(null);
            if (run != null && run.status() != RunStatus.RUNNING) {
                assertThat(run.status()).as("harvest run %s", run).isEqualTo(RunStatus.COMPLETED);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the harvest of the sample partner did not finish within " + HARVEST_DEADLINE);
    }

    private List<SampleRecord> liveRecords() {
        return catalogue.records().stream().filter(r -> !r.deleted()).toList();
    }

    private String resourceId(SampleRecord record) {
        return new ResourceIds(URI.create("https://oer.example.org/")).resourceId("sample", record.identifier());
    }

    /** Whether the sample record says it is in this language, in any of the forms the normaliser reads. */
    private static boolean hasLanguage(SampleRecord record, String code) {
        LanguageCodes languages = new LanguageCodes();
        return record.values("language").stream().anyMatch(v -> languages.normalise(v).filter(code::equals).isPresent());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String yaml) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/yaml")
                .PUT(HttpRequest.BodyPublishers.ofString(yaml)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static long sum(JsonNode facet) {
        long total = 0;
        for (JsonNode value : facet) total += value.get("count").asLong();
        return total;
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(n -> values.add(n.isObject() ? n.get("value").asText() : n.asText()));
        return values;
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new java.util.ArrayList<>();
        result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }
}
