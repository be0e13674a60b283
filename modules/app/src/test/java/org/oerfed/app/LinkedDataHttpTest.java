package org.oerfed.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oerfed.graph.sparql.SparqlService;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Schema;

/**
 * Resources as linked data, the SPARQL protocol, the service and VoID descriptions, on the whole app with
 * TDB2 on disk, through a real HTTP client.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkedDataHttpTest {
    static final String BASE = "https://oer.example.org/";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ApplicationContext context;
    private URI server;
    private LinkedDataFixture fixture;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        LinkedDataFixture.Started app = LinkedDataFixture.startApp(dir, BASE,
                Map.of("oerfed.sparql.timeout", "2s", "oerfed.sparql.max-results", 50));
        context = app.context();
        server = app.server();
        fixture = app.fixture();
    }

    @AfterAll
    void stop() {
        if (context != null) context.close();
    }

    // --- dereferenceable resources ---

    @ParameterizedTest
    @CsvSource({"application/ld+json,JSON-LD", "text/turtle,Turtle", "application/rdf+xml,RDF/XML", "application/n-triples,N-Triples",
            "'text/turtle;q=0.5, application/rdf+xml',RDF/XML"})
    void negotiatesEveryRdfFormatOfAResource(String accept, String langName) throws Exception {
        HttpResponse<String> response = get("/resource/" + fixture.fractions(), accept);

        assertThat(response.statusCode()).isEqualTo(200);
        Lang lang = RDFLanguages.nameToLang(langName);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith(lang.getContentType().getContentTypeStr()));
        assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept"));
        assertDescribesFractions(parse(response.body(), lang));
    }

    @ParameterizedTest
    @CsvSource({"jsonld,JSON-LD", "ttl,Turtle", "rdf,RDF/XML", "nt,N-Triples"})
    void servesEveryRdfFormatByExtension(String extension, String langName) throws Exception {
        HttpResponse<String> response = get("/resource/" + fixture.fractions() + "." + extension, "text/html");

        assertThat(response.statusCode()).isEqualTo(200);
        assertDescribesFractions(parse(response.body(), RDFLanguages.nameToLang(langName)));
    }

    @Test
    void givesJsonLdCompactedWithAContext() throws Exception {
        JsonNode document = json.readTree(get("/resource/" + fixture.fractions(), "application/ld+json").body());
        assertThat(document.has("@context")).isTrue();
        assertThat(document.get("@context").toString()).contains("http://schema.org/");
    }

    @Test
    void givesBrowsersAnEscapedPageWithEveryLanguageAndTheConceptLabels() throws Exception {
        HttpResponse<String> response = get("/resource/" + fixture.fractions(), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String page = response.body();
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
                .contains("<span lang=\"fr\">Introduction aux fractions</span>")
                .contains("Fractions &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .doesNotContain("<script>")
                .contains("French") // the label of the language concept, not its URI only
                .contains(BASE + "record/" + fixture.fractions()) // the record it was built from
                .contains("href=\"" + fixture.fractions() + ".ttl\"");
        assertThat(get("/resource/" + fixture.fractions() + ".html", "application/json").body()).isEqualTo(page);
    }

    @Test
    void answersUnknownResourcesAndFormatsWithProblems() throws Exception {
        HttpResponse<String> unknown = get("/resource/alpha-0000000000", "text/turtle");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertProblem(unknown, "alpha-0000000000");

        HttpResponse<String> unacceptable = get("/resource/" + fixture.fractions(), "image/png");
        assertThat(unacceptable.statusCode()).isEqualTo(406);
        assertProblem(unacceptable, "text/turtle");

        assertThat(get("/resource/" + fixture.fractions() + ".png", null).statusCode()).isEqualTo(404);
        assertThat(get("/api/resources/" + fixture.fractions(), null).statusCode()).isEqualTo(200);
    }

    // --- SPARQL protocol ---

    private static final String SELECT_NAMES = "PREFIX schema: <http://schema.org/> SELECT ?r ?name WHERE { ?r schema:name ?name } ORDER BY ?name";

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json,json", "application/sparql-results+xml,xml", "text/csv,csv", "text/tab-separated-values,tsv"})
    void answersSelectInEveryResultFormatByEveryMethod(String accept, String format) throws Exception {
        Lang lang = Map.of("json", ResultSetLang.RS_JSON, "xml", ResultSetLang.RS_XML, "csv", ResultSetLang.RS_CSV,
                "tsv", ResultSetLang.RS_TSV).get(format);
        for (HttpResponse<String> response : List.of(sparqlGet(SELECT_NAMES, accept, ""), sparqlForm(SELECT_NAMES, accept, ""),
                sparqlDirect(SELECT_NAMES, accept, ""))) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                    .startsWith(lang.getContentType().getContentTypeStr()));
            ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
            List<String> names = new java.util.ArrayList<>();
            results.forEachRemaining(s -> names.add(s.get("name").asLiteral().getLexicalForm()));
            assertThat(names).containsExactlyInAnyOrder("Der Wasserkreislauf", LinkedDataFixture.HOSTILE_TITLE,
                    "Introduction aux fractions", "Volcanoes");
        }
    }

    @ParameterizedTest
    @CsvSource({"application/sparql-results+json,SPARQL-Results-JSON", "application/sparql-results+xml,SPARQL-Results-XML"})
    void answersAskInJsonAndXml(String accept, String langName) throws Exception {
        HttpResponse<String> yes = sparqlGet("ASK { ?s a <http://schema.org/LearningResource> }", accept, "");
        HttpResponse<String> no = sparqlGet("ASK { ?s a <http://schema.org/Nothing> }", accept, "");
        Lang lang = RDFLanguages.nameToLang(langName);
        assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(yes.body().getBytes(StandardCharsets.UTF_8)), lang)).isTrue();
        assertThat(ResultSetMgr.readBoolean(new ByteArrayInputStream(no.body().getBytes(StandardCharsets.UTF_8)), lang)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"text/turtle,Turtle", "application/ld+json,JSON-LD", "application/n-triples,N-Triples", "application/rdf+xml,RDF/XML",
            "application/n-quads,N-Quads", "application/trig,TriG"})
    void answersConstructAndDescribeInEveryRdfFormat(String accept, String langName) throws Exception {
        Lang lang = RDFLanguages.nameToLang(langName);
        String construct = "PREFIX schema: <http://schema.org/> CONSTRUCT { ?r schema:name ?n } WHERE { ?r schema:name ?n }";
        HttpResponse<String> constructed = sparqlForm(construct, accept, "");
        assertThat(constructed.statusCode()).as(constructed.body()).isEqualTo(200);
        assertThat(constructed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith(lang.getContentType().getContentTypeStr()));
        assertThat(parse(constructed.body(), lang).listStatements(null, Schema.name, (String) null).toList()).hasSize(4);

        HttpResponse<String> described = sparqlDirect("DESCRIBE <" + BASE + "resource/" + fixture.volcanoes() + ">", accept, "");
        assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
        assertThat(parse(described.body(), lang).contains(null, Schema.name, "Volcanoes", "en")).isTrue();
    }

    @Test
    void takesTheFormatParameterOverAccept() throws Exception {
        HttpResponse<String> csv = sparqlGet(SELECT_NAMES, "application/sparql-results+json", "&format=csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(sparqlGet(SELECT_NAMES, null, "&format=yaml").statusCode()).isEqualTo(400);
        assertThat(sparqlGet(SELECT_NAMES, null, "&format=ttl").statusCode()).isEqualTo(406);
        assertThat(sparqlGet(SELECT_NAMES, "text/turtle", "").statusCode()).isEqualTo(406);
    }

    @Test
    void limitsTheDatasetByGraphParametersAndFrom() throws Exception {
        String graph = BASE + "record/" + fixture.water();
        String count = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a <http://schema.org/LearningResource> }";
        assertThat(count(sparqlGet(count, null, ""))).isEqualTo(3);
        assertThat(count(sparqlGet(count, null, "&default-graph-uri=" + encode(graph)))).isEqualTo(1);
        assertThat(count(sparqlDirect(count, null, "default-graph-uri=" + encode(graph)))).isEqualTo(1);
        assertThat(count(sparqlForm(count, null, "&default-graph-uri=" + encode(graph) + "&default-graph-uri="
                + encode(BASE + "record/" + fixture.volcanoes())))).isEqualTo(2);
        String from = "SELECT (COUNT(DISTINCT ?r) AS ?n) FROM <" + graph + "> WHERE { ?r a <http://schema.org/LearningResource> }";
        assertThat(count(sparqlGet(from, null, ""))).isEqualTo(1);
        String named = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        assertThat(count(sparqlGet(named, null, "&named-graph-uri=" + encode(graph)))).isEqualTo(1);
        // a graph that is not stored is empty: nothing is fetched from the web
        assertThat(count(sparqlGet(count, null, "&default-graph-uri=" + encode("http://example.org/elsewhere")))).isZero();
    }

    @Test
    void refusesUpdatesAndBadQueries() throws Exception {
        HttpResponse<String> asQuery = sparqlForm("INSERT DATA { <urn:a> <urn:b> <urn:c> }", null, "");
        assertThat(asQuery.statusCode()).isEqualTo(400);
        assertProblem(asQuery, "updates");
        HttpResponse<String> asUpdate = http.send(HttpRequest.newBuilder(server.resolve("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + encode("CLEAR ALL"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asUpdate.statusCode()).isEqualTo(400);
        HttpResponse<String> updateType = http.send(HttpRequest.newBuilder(server.resolve("/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(updateType.statusCode()).isEqualTo(400);
        assertThat(sparqlGet("SELECT WHERE", null, "").statusCode()).isEqualTo(400);
        assertThat(count(sparqlGet("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", null, ""))).isPositive();
    }

    @Test
    void capsSolutionsAtTheConfiguredMaximum() throws Exception {
        HttpResponse<String> response = sparqlGet("SELECT ?s WHERE { GRAPH <" + LinkedDataFixture.FILLER + "> { ?s ?p ?o } }",
                "application/sparql-results+json", "");
        assertThat(json.readTree(response.body()).at("/results/bindings")).hasSize(50);
        HttpResponse<String> lower = sparqlGet("SELECT ?s WHERE { ?s ?p ?o } LIMIT 7", "application/sparql-results+json", "");
        assertThat(json.readTree(lower.body()).at("/results/bindings")).hasSize(7);
    }

    @Test
    void stopsARunawayQueryAtTheTimeout() throws Exception {
        // 1,500 triples cubed: billions of solutions to count, hours of work without the time limit
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";
        HttpResponse<String> response = sparqlForm(runaway, "application/sparql-results+json", "");

        assertThat(response.statusCode()).isEqualTo(503);
        assertProblem(response, "2000 ms");
        assertThat(context.getBean(SparqlService.class).running()).isZero();
        assertThat(sparqlGet("ASK { ?s ?p ?o }", null, "").statusCode()).isEqualTo(200);
    }

    // --- service and dataset descriptions ---

    @ParameterizedTest
    @CsvSource({"text/turtle,Turtle", "application/ld+json,JSON-LD", "application/rdf+xml,RDF/XML"})
    void describesTheServiceWhenAskedWithoutAQuery(String accept, String langName) throws Exception {
        HttpResponse<String> response = get("/sparql", accept);
        assertThat(response.statusCode()).isEqualTo(200);
        Model description = parse(response.body(), RDFLanguages.nameToLang(langName));
        String sd = "http://www.w3.org/ns/sparql-service-description#";
        assertThat(description.contains(null, RDF.type, description.createResource(sd + "Service"))).isTrue();
        assertThat(description.contains(null, description.createProperty(sd, "endpoint"), description.createResource(BASE + "sparql"))).isTrue();
        assertThat(description.contains(null, description.createProperty(sd, "resultFormat"),
                description.createResource("http://www.w3.org/ns/formats/SPARQL_Results_CSV"))).isTrue();
    }

    @Test
    void describesTheDatasetWithVoid() throws Exception {
        for (String path : List.of("/.well-known/void", "/void")) {
            HttpResponse<String> response = get(path, "text/turtle");
            assertThat(response.statusCode()).isEqualTo(200);
            Model voidModel = parse(response.body(), Lang.TURTLE);
            var dataset = voidModel.createResource(BASE + "void#dataset");
            long triples = count(sparqlGet("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", null, ""));
            assertThat(dataset.getProperty(VOID.triples).getLong()).isEqualTo(triples);
            assertThat(dataset.getProperty(VOID.entities).getLong()).isEqualTo(3);
            assertThat(dataset.getProperty(VOID.uriSpace).getString()).isEqualTo(BASE);
            assertThat(dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI()).isEqualTo(BASE + "sparql");
            assertThat(voidModel.contains(dataset, VOID.vocabulary, voidModel.createResource(Schema.NS))).isTrue();
            assertThat(voidModel.contains(dataset, VOID.vocabulary, voidModel.createResource(SKOS.getURI()))).isTrue();
            var subsets = dataset.listProperties(VOID.subset).mapWith(s -> s.getResource()).toList();
            assertThat(subsets).hasSize(2);
            var alpha = subsets.stream().filter(s -> s.hasLiteral(org.apache.jena.vocabulary.DCTerms.title, "alpha")).findFirst().orElseThrow();
            assertThat(alpha.getProperty(VOID.entities).getLong()).isEqualTo(2);
            assertThat(alpha.getProperty(VOID.triples).getLong()).isPositive();
        }
    }

    // --- helpers ---

    private void assertDescribesFractions(Model model) {
        var resource = model.createResource(BASE + "resource/" + fixture.fractions());
        assertThat(model.contains(resource, Schema.name, "Introduction aux fractions", "fr")).isTrue();
        assertThat(model.contains(resource, Schema.name, LinkedDataFixture.HOSTILE_TITLE, "en")).isTrue();
        assertThat(model.contains(model.createResource(BASE + "record/" + fixture.fractions()), Oerfed.describes, resource)).isTrue();
        assertThat(model.contains(model.createResource(LinkedDataFixture.FRENCH), SKOS.prefLabel, "français", "fr")).isTrue();
        // only what this resource says: not the other resources
        assertThat(model.contains(null, Schema.name, "Volcanoes", "en")).isFalse();
    }

    private static Model parse(String body, Lang lang) {
        if (RDFLanguages.isQuads(lang)) {
            DatasetGraph dataset = DatasetGraphFactory.create();
            RDFDataMgr.read(dataset, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
            return ModelFactory.createModelForGraph(dataset.getDefaultGraph());
        }
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        return model;
    }

    private long count(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).at("/results/bindings/0/n/value").asLong();
    }

    private void assertProblem(HttpResponse<String> response, String detailPart) throws IOException {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json.readTree(response.body()).get("detail").asText()).contains(detailPart);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).GET();
        if (accept != null) request.header("Accept", accept);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sparqlGet(String query, String accept, String extra) throws Exception {
        return get("/sparql?query=" + encode(query) + extra, accept);
    }

    private HttpResponse<String> sparqlForm(String query, String accept, String extraFields) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query) + extraFields));
        if (accept != null) request.header("Accept", accept);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sparqlDirect(String query, String accept, String urlParameters) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve("/sparql" + (urlParameters.isEmpty() ? "" : "?" + urlParameters)))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query));
        if (accept != null) request.header("Accept", accept);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
