package org.oerfed.store.tdb2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.oerfed.graph.vocab.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.ResourceDescriptions;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.normalise.HardenedXml;
import org.oerfed.graph.normalise.LanguageCodes;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.normalise.OaiDcNormaliser;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.sparql.SparqlRequestException;
import org.oerfed.graph.sparql.SparqlResponse;
import org.oerfed.graph.sparql.SparqlService;

class Tdb2GraphStoreTest {
    private static final String COUNT = "PREFIX schema: <http://schema.org/> "
            + "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a schema:LearningResource }";
    private final ResourceIds ids = new ResourceIds(URI.create("https://oer.example.org/"));
    private final RecordGraphBuilder builder = new RecordGraphBuilder(ids,
            List.of(new OaiDcNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris())), Clock.systemUTC());
    private final SourceConfig source = new SourceConfig("partner", "Partner", "ES", SourceType.OAI_PMH,
            URI.create("https://partner.example.org/oai"), "oai_dc", List.of(), Optional.empty());

    @TempDir
    Path dir;
    private Tdb2GraphStore store;
    private SparqlService sparql;

    @BeforeEach
    void open() {
        store = Tdb2GraphStore.open(dir.resolve("tdb2"));
        sparql = new SparqlService(store, Duration.ofSeconds(10), 1000);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void replacesDeletesAndUnionsRecordGraphs() {
        RecordGraph a = graph("oai:p:a", "Álgebra");
        RecordGraph b = graph("oai:p:b", "Geometría");
        store.apply(new GraphChanges(List.of(a, b), List.of()));
        assertThat(count()).isEqualTo(2);

        store.apply(new GraphChanges(List.of(graph("oai:p:a", "Álgebra lineal")), List.of(b.graphUri())));

        assertThat(count()).isEqualTo(1);
        Model stored = store.recordGraph(a.graphUri()).orElseThrow();
        assertThat(stored.listObjectsOfProperty(Schema.name).mapWith(n -> n.asLiteral().getString()).toList())
                .containsExactly("Álgebra lineal");
        assertThat(store.recordGraph(b.graphUri())).isEmpty();
        assertThat(new ResourceDescriptions(store, ids).describe(b.resourceId())).isEmpty();
        assertThat(new ResourceDescriptions(store, ids).describe(a.resourceId())).isPresent();
    }

    @Test
    void givesAGraphJustWrittenAsReadingItBackWould() {
        Model written = ModelFactory.createDefaultModel();
        Resource record = written.createResource("https://oer.example.org/record/partner-x");
        String ns = "https://oer.example.org/test#";
        record.addProperty(written.createProperty(ns, "integer"), written.createTypedLiteral("007", XSDDatatype.XSDinteger));
        record.addProperty(written.createProperty(ns, "decimal"), written.createTypedLiteral("1.50", XSDDatatype.XSDdecimal));
        record.addProperty(written.createProperty(ns, "dateTime"), written.createTypedLiteral("2024-03-01T10:00:00.000Z", XSDDatatype.XSDdateTime));
        record.addProperty(written.createProperty(ns, "offset"), written.createTypedLiteral("2024-03-01T10:00:00.5+02:00", XSDDatatype.XSDdateTime));
        record.addProperty(written.createProperty(ns, "boolean"), written.createTypedLiteral("1", XSDDatatype.XSDboolean));
        record.addProperty(written.createProperty(ns, "date"), written.createTypedLiteral("2024-03-01", XSDDatatype.XSDdate));
        record.addProperty(written.createProperty(ns, "text"), "Brüche", "de");
        record.addProperty(written.createProperty(ns, "link"), written.createResource("https://example.org/a"));
        RecordGraph built = graph("oai:p:a", "Álgebra");
        store.apply(new GraphChanges(List.of(new RecordGraph("partner-x", record.getURI(), written), built), List.of()));

        Model read = store.recordGraph(record.getURI()).orElseThrow();
        assertThat(written.isIsomorphicWith(read)).as("TDB2 gives some literals back in another form").isFalse();
        assertThat(store.asStored(written).orElseThrow().isIsomorphicWith(read)).isTrue();
        assertThat(store.asStored(built.model()).orElseThrow().isIsomorphicWith(store.recordGraph(built.graphUri()).orElseThrow()))
                .as("a normalised record").isTrue();
    }

    @Test
    void survivesReopening() {
        store.apply(new GraphChanges(List.of(graph("oai:p:a", "Álgebra")), List.of()));
        store.close();
        store = Tdb2GraphStore.open(dir.resolve("tdb2"));
        sparql = new SparqlService(store, Duration.ofSeconds(10), 1000);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aNewDatabaseKeepsFourQuadIndexesAndNoPrefixesPerRecordGraph() throws Exception {
        RecordGraph a = graph("oai:p:a", "Álgebra");
        store.apply(new GraphChanges(List.of(a), List.of()));
        store.apply(new GraphChanges(List.of(graph("oai:p:a", "Álgebra lineal")), List.of()));

        try (var files = java.nio.file.Files.list(dir.resolve("tdb2").resolve("Data-0001"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".bpt")).map(n -> n.replace(".bpt", "")))
                    .contains("GSPO", "SPOG", "POSG", "OSPG").doesNotContain("GPOS", "GOSP");
        }
        boolean noPrefixes = store.read(dataset -> dataset.asDatasetGraph().prefixes().isEmpty());
        assertThat(noPrefixes).isTrue();
        // the replaced graph holds the new title only, and queries that bind the graph still find it
        assertThat(store.recordGraph(a.graphUri()).orElseThrow().listObjectsOfProperty(Schema.name).toList())
                .singleElement().satisfies(title -> assertThat(title.asLiteral().getLexicalForm()).isEqualTo("Álgebra lineal"));
        assertThat(text(sparql.query("PREFIX schema: <http://schema.org/> SELECT ?g WHERE { GRAPH ?g { ?r schema:name \"Álgebra lineal\"@es } }",
                "text/csv"))).contains(a.graphUri());
    }

    @Test
    void compactingGivesBackTheBlocksOfEarlierVersionsAndKeepsTheData() {
        // many small commits that replace the same records: the way harvests and re-harvests write
        for (int round = 0; round < 3; round++) {
            for (int commit = 0; commit < 20; commit++) {
                List<RecordGraph> batch = new java.util.ArrayList<>();
                for (int i = 0; i < 50; i++) batch.add(graph("oai:p:" + (commit * 50 + i), "Recurso " + i + " versión " + round));
                store.apply(new GraphChanges(batch, List.of()));
            }
        }
        assertThat(count()).isEqualTo(1000);

        org.oerfed.graph.StoreCompaction compaction = store.compact();

        assertThat(compaction.bytesAfter()).isLessThan(compaction.bytesBefore());
        assertThat(count()).isEqualTo(1000);
        store.apply(new GraphChanges(List.of(graph("oai:p:new", "Nuevo")), List.of()));
        store.close();
        store = Tdb2GraphStore.open(dir.resolve("tdb2"));
        sparql = new SparqlService(store, Duration.ofSeconds(10), 1000);
        assertThat(count()).isEqualTo(1001);
    }

    @Test
    void answersSelectAskConstructInTheAcceptedFormat() {
        store.apply(new GraphChanges(List.of(graph("oai:p:a", "Álgebra")), List.of()));

        SparqlResponse xml = sparql.query(COUNT, "application/sparql-results+xml");
        assertThat(xml.contentType()).startsWith("application/sparql-results+xml");
        assertThat(text(xml)).contains("<sparql");

        SparqlResponse ask = sparql.query("ASK { ?s ?p ?o }", "application/json");
        assertThat(text(ask)).contains("true");

        String construct = "PREFIX schema: <http://schema.org/> CONSTRUCT { ?r schema:name ?n } WHERE { ?r schema:name ?n }";
        SparqlResponse turtle = sparql.query(construct, "text/turtle");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(text(turtle), Lang.TURTLE).parse(model);
        assertThat(model.size()).isEqualTo(1);
        SparqlResponse jsonld = sparql.query(construct, "application/ld+json");
        assertThat(jsonld.contentType()).startsWith("application/ld+json");
        assertThat(text(jsonld)).contains("Álgebra");
    }

    @Test
    void refusesUpdatesAndUnofferedFormats() {
        assertThatThrownBy(() -> sparql.query("DROP ALL", null))
                .isInstanceOf(SparqlRequestException.class).hasMessageContaining("does not parse")
                .satisfies(e -> assertThat(((SparqlRequestException) e).status()).isEqualTo(400));
        assertThatThrownBy(() -> sparql.query(COUNT, "image/png"))
                .satisfies(e -> assertThat(((SparqlRequestException) e).status()).isEqualTo(406));
        assertThat(count()).isZero();
    }

    private long count() {
        SparqlResponse json = sparql.query(COUNT, null);
        assertThat(json.contentType()).startsWith("application/sparql-results+json");
        return ResultSetMgr.read(new ByteArrayInputStream(json.body()), ResultSetLang.RS_JSON).next().getLiteral("n").getLong();
    }

    private RecordGraph graph(String identifier, String title) {
        String dc = "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title xml:lang=\"es\">" + title + "</dc:title></oai_dc:dc>";
        return builder.build(source, new HarvestedRecord("partner", identifier, Instant.now(), List.of(), "oai_dc", Optional.of(dc)));
    }

    private static String text(SparqlResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
