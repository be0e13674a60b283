package org.oerfed.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.vocab.Schema;

/** Versioned dumps on the whole app: written on request, listed, downloaded and checked, the oldest pruned. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DumpsHttpTest {
    private static final String BASE = "https://oer.example.org/";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ApplicationContext context;
    private URI server;
    private Path data;
    private LinkedDataFixture fixture;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        data = dir.resolve("data");
        LinkedDataFixture.Started app = LinkedDataFixture.startApp(dir, BASE, Map.of("oerfed.dumps.keep", 2));
        context = app.context();
        server = app.server();
        fixture = app.fixture();
    }

    @AfterAll
    void stop() {
        if (context != null) context.close();
    }

    @Test
    void writesListsServesAndPrunesDumps() throws Exception {
        assertThat(json.readTree(get("/dumps", "application/json").body()).get("dumps")).isEmpty();

        HttpResponse<String> made = post("/api/dumps");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode dump = json.readTree(made.body());
        assertThat(dump.get("id").asText()).matches("oerfed-\\d{4}-\\d{2}-\\d{2}T\\d{6}Z");
        assertThat(dump.get("records").asLong()).isEqualTo(3);
        assertThat(dump.get("resources").asLong()).isEqualTo(3);

        JsonNode listed = json.readTree(get("/dumps", null).body()).get("dumps");
        assertThat(listed).hasSize(1);
        JsonNode quadsFile = listed.get(0).get("files").get(0);
        JsonNode linesFile = listed.get(0).get("files").get(1);
        assertThat(quadsFile.get("name").asText()).endsWith(".nq.gz");
        assertThat(quadsFile.get("url").asText()).isEqualTo(BASE + "dumps/" + quadsFile.get("name").asText());
        assertThat(linesFile.get("name").asText()).endsWith(".jsonl.gz");

        byte[] quads = download(quadsFile);
        Dataset fromDump = DatasetFactory.create();
        RDFDataMgr.read(fromDump, new GZIPInputStream(new ByteArrayInputStream(quads)), Lang.NQUADS);
        long storedQuads = context.getBean(GraphStore.class).read(d -> (long) org.apache.jena.atlas.iterator.Iter.count(
                d.asDatasetGraph().findNG(null, null, null, null)));
        assertThat((long) fromDump.asDatasetGraph().stream().count()).isEqualTo(storedQuads);
        assertThat(fromDump.containsNamedModel(LinkedDataFixture.LANGUAGES)).isTrue();

        byte[] lines = download(linesFile);
        List<String> objects = new BufferedReader(new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(lines)),
                StandardCharsets.UTF_8)).lines().toList();
        assertThat(objects).hasSize(3);
        Model all = ModelFactory.createDefaultModel();
        for (String line : objects) {
            assertThat(json.readTree(line).has("@context")).isTrue();
            RDFDataMgr.read(all, new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), Lang.JSONLD);
        }
        assertThat(all.contains(all.createResource(BASE + "resource/" + fixture.fractions()), Schema.name, "Introduction aux fractions", "fr"))
                .isTrue();

        HttpResponse<String> page = get("/dumps", "text/html,*/*;q=0.8");
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains(quadsFile.get("sha256").asText()).contains(linesFile.get("name").asText());

        Model voidModel = ModelFactory.createDefaultModel();
        RDFDataMgr.read(voidModel, new ByteArrayInputStream(get("/void", "text/turtle").body().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        assertThat(voidModel.contains(voidModel.createResource(BASE + "void#dataset"), VOID.dataDump,
                voidModel.createResource(quadsFile.get("url").asText()))).isTrue();

        String first = dump.get("id").asText();
        assertThat(post("/api/dumps").statusCode()).isEqualTo(201);
        assertThat(post("/api/dumps").statusCode()).isEqualTo(201);
        JsonNode kept = json.readTree(get("/dumps", null).body()).get("dumps");
        assertThat(kept).hasSize(2);
        assertThat(kept.get(0).get("id").asText()).isGreaterThan(kept.get(1).get("id").asText());
        assertThat(kept.findValuesAsText("id")).doesNotContain(first);
        assertThat(get("/dumps/" + quadsFile.get("name").asText(), null).statusCode()).isEqualTo(404);
        try (var files = Files.list(data.resolve("dumps"))) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(6).noneMatch(n -> n.endsWith(".tmp")).noneMatch(n -> n.startsWith(first));
        }
    }

    @Test
    void servesNothingOutsideTheDumps() throws Exception {
        assertThat(get("/dumps/..%2Ftdb2", null).statusCode()).isEqualTo(404);
        assertThat(get("/dumps/oerfed-2020-01-01T000000Z.nq.gz", null).statusCode()).isEqualTo(404);
        assertThat(get("/dumps/notes.txt", null).statusCode()).isEqualTo(404);
    }

    private byte[] download(JsonNode file) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(server.resolve("/dumps/" + file.get("name").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/gzip"));
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(file.get("bytes").asLong());
        assertThat(response.body()).hasSize(file.get("bytes").asInt());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.body()))).isEqualTo(file.get("sha256").asText());
        return response.body();
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).GET();
        if (accept != null) request.header("Accept", accept);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
