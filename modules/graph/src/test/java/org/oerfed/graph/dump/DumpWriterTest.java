package org.oerfed.graph.dump;

import org.oerfed.graph.testing.Tdb2TestStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.ResourceDescriptions;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Schema;

class DumpWriterTest {
    private final ResourceIds ids = new ResourceIds(URI.create("https://oer.example.org/"));
    private Tdb2TestStore store;
    @TempDir
    Path dir;
    private DumpFolder folder;

    @BeforeEach
    void fill() {
        store = new Tdb2TestStore(dir.resolve("tdb2"));
        folder = new DumpFolder(dir.resolve("dumps"));
        store.apply(new GraphChanges(List.of(record("one", "Eins", "de"), record("two", "Two", "en")), List.of()));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void writesBothFilesFromOneSnapshotWithTheirChecksums() throws Exception {
        Dump dump = writer(3, Instant.parse("2026-01-31T02:00:00Z")).write();

        assertThat(dump.id()).isEqualTo("oerfed-2026-01-31T020000Z");
        assertThat(dump.records()).isEqualTo(2);
        assertThat(dump.resources()).isEqualTo(2);
        assertThat(dump.files()).extracting(DumpFile::name)
                .containsExactly("oerfed-2026-01-31T020000Z.nq.gz", "oerfed-2026-01-31T020000Z.jsonl.gz");
        for (DumpFile file : dump.files()) {
            Path path = folder.file(file.name()).orElseThrow();
            assertThat(Files.size(path)).isEqualTo(file.bytes());
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)))).isEqualTo(file.sha256());
        }
        Dataset quads = DatasetFactory.create();
        RDFDataMgr.read(quads, new GZIPInputStream(Files.newInputStream(folder.file(dump.files().get(0).name()).orElseThrow())), Lang.NQUADS);
        assertThat(quads.containsNamedModel(ids.recordGraphUri("src-one"))).isTrue();
        List<String> lines;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(folder.file(dump.files().get(1).name()).orElseThrow())), StandardCharsets.UTF_8))) {
            lines = reader.lines().toList();
        }
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{").contains("\"@context\""));
        Model one = ModelFactory.createDefaultModel();
        RDFDataMgr.read(one, new java.io.ByteArrayInputStream(lines.get(0).getBytes(StandardCharsets.UTF_8)), Lang.JSONLD);
        assertThat(one.contains(null, Schema.name)).isTrue();
        assertThat(folder.list()).containsExactly(dump);
    }

    @Test
    void keepsTheNewestAndLeavesNoTemporaryFiles() throws Exception {
        DumpWriter writer = writer(2, Instant.parse("2026-01-31T02:00:00Z"));
        String first = writer.write().id();
        // the same second again: each dump still gets a name of its own, later than the last
        String second = writer.write().id();
        String third = writer.write().id();

        assertThat(List.of(first, second, third)).doesNotHaveDuplicates().isSorted();
        assertThat(folder.list()).extracting(Dump::id).containsExactly(third, second);
        try (Stream<Path> files = Files.list(folder.dir())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).hasSize(6)
                    .noneMatch(n -> n.startsWith(first)).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void servesOnlyFilesOfListedDumps() throws Exception {
        Dump dump = writer(3, Instant.parse("2026-01-31T02:00:00Z")).write();
        Files.writeString(folder.dir().resolve("notes.txt"), "private");
        Files.writeString(folder.dir().resolve("oerfed-2020-01-01T000000Z.nq.gz"), "half a dump, no manifest");

        assertThat(folder.file(dump.files().get(0).name())).isPresent();
        assertThat(folder.file("notes.txt")).isEmpty();
        assertThat(folder.file("../dumps/" + dump.files().get(0).name())).isEmpty();
        assertThat(folder.file("oerfed-2020-01-01T000000Z.nq.gz")).isEmpty();
        assertThat(folder.file(dump.id() + ".json")).isEmpty();
    }

    @Test
    void refusesToKeepNoDumps() {
        assertThatThrownBy(() -> writer(0, Instant.now())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oerfed.dumps.keep");
    }

    private DumpWriter writer(int keep, Instant now) {
        return new DumpWriter(store, new ResourceDescriptions(store, ids), ids, folder, Clock.fixed(now, ZoneOffset.UTC), keep);
    }

    private RecordGraph record(String local, String name, String language) {
        String id = "src-" + local;
        Model model = ModelFactory.createDefaultModel();
        var resource = model.createResource(ids.resourceUri(id), Schema.LearningResource).addProperty(Schema.name, name, language);
        model.createResource(ids.recordGraphUri(id)).addProperty(Oerfed.describes, resource).addProperty(Oerfed.sourceId, "src");
        return new RecordGraph(id, ids.recordGraphUri(id), model);
    }
}
