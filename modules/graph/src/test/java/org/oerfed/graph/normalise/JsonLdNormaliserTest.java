package org.oerfed.graph.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.graph.vocab.Schema;

class JsonLdNormaliserTest {
    static final String RESOURCE = "http://localhost:8080/resource/test-source-1";
    private final JsonLdNormaliser normaliser = new JsonLdNormaliser(new LanguageCodes(), new LicenseUris(), 1 << 20);

    @Test
    void readsTheFormatTheSitemapHarvesterWrites() {
        assertThat(normaliser.metadataPrefix()).isEqualTo("schema-jsonld");
    }

    @Test
    void mapsALearningResourceWhoseContextIsSchemaOrgsUrl() {
        Resource r = describe(fixture("jsonld-lesson-context-string.json"), "https://ecole.example.org/ressources/fractions-video");

        assertThat(r.getURI()).isEqualTo(RESOURCE);
        assertThat(literals(r, Schema.name)).containsExactly("Les fractions en vidéo");
        assertThat(literals(r, Schema.description)).singleElement().asString().startsWith("Une vidéo de dix minutes");
        assertThat(uris(r, RDF.type)).containsExactlyInAnyOrder(Schema.NS + "LearningResource", Schema.NS + "VideoObject");
        assertThat(literals(r, Schema.inLanguage)).as("fr-FR made one code").containsExactly("fr");
        assertThat(uris(r, Schema.license)).as("text deed URL made canonical").containsExactly("https://creativecommons.org/licenses/by/4.0/");
        assertThat(uris(r, Schema.url)).as("url text made an IRI").containsExactly("https://ecole.example.org/fractions");
        assertThat(uris(r, Schema.sameAs)).as("the JSON-LD's own @id").containsExactly("https://ecole.example.org/ressources/fractions-video");
        assertThat(literals(r, Schema.keywords)).containsExactlyInAnyOrder("fractions", "cycle 3");
        Literal created = r.getProperty(Schema.dateCreated).getLiteral();
        assertThat(created.getDatatype()).isEqualTo(XSDDatatype.XSDdate);
        assertThat(created.getLexicalForm()).isEqualTo("2023-09-01");
        assertThat(r.getProperty(Schema.dateModified).getLiteral().getDatatype()).isEqualTo(XSDDatatype.XSDdateTime);
        assertThat(literals(r, DCTerms.date)).as("a published date that is no date is kept").containsExactly("rentrée 2023");
        assertThat(r.hasProperty(Schema.datePublished)).isFalse();

        Resource creator = r.getPropertyResourceValue(Schema.creator);
        assertThat(creator.isAnon()).isTrue();
        assertThat(uris(creator, RDF.type)).containsExactly(Schema.NS + "Person");
        assertThat(literals(creator, Schema.name)).containsExactly("Claire Dumas");
        Resource affiliation = creator.getPropertyResourceValue(term("affiliation"));
        assertThat(literals(affiliation, Schema.name)).as("nested blank nodes are copied recursively").containsExactly("Atelier des maths");
        Resource encoding = r.getPropertyResourceValue(Schema.encoding);
        assertThat(uris(encoding, Schema.contentUrl)).containsExactly("https://ecole.example.org/media/fractions.mp4");
        assertThat(literals(encoding, Schema.encodingFormat)).containsExactly("video/mp4");
        assertThat(literals(r.getPropertyResourceValue(Schema.audience), term("educationalRole"))).containsExactly("student");
    }

    @Test
    void aContextArrayKeepsItsInlineEntriesAndUnknownValuesAreKeptAsDcTerms() {
        Resource r = describe(fixture("jsonld-worksheet-context-array.json"), "https://lernwerk.example.de/bruch");

        assertThat(langLiterals(r, Schema.name)).as("@language of the inline entry").containsExactly("Bruchrechnen: Arbeitsblatt@de");
        assertThat(literals(r, Schema.inLanguage)).containsExactly("de");
        assertThat(literals(r, DCTerms.language)).containsExactly("Klingonisch");
        assertThat(uris(r, Schema.license)).containsExactly("https://creativecommons.org/licenses/by-sa/4.0/");
        assertThat(langLiterals(r, DCTerms.rights)).containsExactly("Das Logo ist urheberrechtlich geschützt@de");
        assertThat(literals(r, r.getModel().createProperty("https://oer.example.de/ns#level"))).as("the inline prefix still applies")
                .containsExactly("Klasse 6");
        Resource publisher = r.getPropertyResourceValue(Schema.publisher);
        assertThat(uris(publisher, Schema.url)).containsExactly("https://lernwerk.example.de");
        assertThat(r.hasProperty(Schema.sameAs)).as("no @id, so nothing is the same as it").isFalse();
        assertThat(r.hasProperty(Schema.url)).as("no @id and no page: no address to give").isFalse();
    }

    @Test
    void inAGraphTheCourseIsChosenAndWhatItRefersToComesWithIt() {
        Resource r = describe(fixture("jsonld-course-in-graph.json"), "https://akademie.example.org/kurse/statistik#course");

        assertThat(literals(r, Schema.name)).containsExactly("Statistics for everyone");
        assertThat(uris(r, RDF.type)).contains(Schema.NS + "Course");
        assertThat(uris(r, Schema.license)).containsExactly("https://creativecommons.org/licenses/by-nc/4.0/");
        assertThat(uris(r, Schema.url)).as("the page it is the main entity of").containsExactly("https://akademie.example.org/kurse/statistik");
        Resource provider = r.getPropertyResourceValue(term("provider"));
        assertThat(provider.getURI()).isEqualTo("https://akademie.example.org/#org");
        assertThat(literals(provider, Schema.name)).as("a node referred to by @id is described too").containsExactly("Offene Akademie");
        Resource part = r.getPropertyResourceValue(term("hasPart"));
        assertThat(part.getPropertyResourceValue(term("isPartOf"))).as("references back to the course are the minted resource")
                .isEqualTo(r);
        assertThat(r.getModel().listObjectsOfProperty(Schema.name).toList()).extracting(RDFNode::toString)
                .as("what the page says about the site is not the resource's").doesNotContain("Akademie website", "Statistik page");
    }

    @Test
    void ambRecordsUseTheirProfilesAliasesAndLanguageMaps() {
        Resource r = describe("""
                {"@context": ["https://w3id.org/kim/amb/context.jsonld", {"@language": "de"}],
                 "id": "https://oer.example.de/geometrie", "type": ["LearningResource"], "name": "Geometrie",
                 "about": [{"id": "https://w3id.org/kim/schulfaecher/s1017", "type": "Concept", "prefLabel": {"de": "Mathematik", "en": "Mathematics"}}],
                 "license": {"id": "https://creativecommons.org/publicdomain/zero/1.0/"}}
                """, "https://oer.example.de/geometrie");

        assertThat(langLiterals(r, Schema.name)).containsExactly("Geometrie@de");
        assertThat(uris(r, Schema.sameAs)).containsExactly("https://oer.example.de/geometrie");
        assertThat(uris(r, Schema.url)).as("the @id is a web page").containsExactly("https://oer.example.de/geometrie");
        assertThat(uris(r, Schema.license)).containsExactly("https://creativecommons.org/publicdomain/zero/1.0/");
        Resource about = r.getPropertyResourceValue(Schema.about);
        assertThat(uris(about, RDF.type)).containsExactly("http://www.w3.org/2004/02/skos/core#Concept");
        assertThat(langLiterals(about, r.getModel().createProperty("http://www.w3.org/2004/02/skos/core#prefLabel")))
                .containsExactlyInAnyOrder("Mathematik@de", "Mathematics@en");
    }

    @Test
    void httpsSchemaOrgTermsJoinTheGraphsNamespace() {
        Resource r = describe("""
                {"@context": {"@vocab": "https://schema.org/"}, "@type": "Book", "name": "Open Algebra", "inLanguage": "English"}
                """, "https://books.example.org/algebra");

        assertThat(literals(r, Schema.name)).containsExactly("Open Algebra");
        assertThat(uris(r, RDF.type)).containsExactlyInAnyOrder(Schema.NS + "LearningResource", Schema.NS + "Book");
        assertThat(literals(r, Schema.inLanguage)).containsExactly("en");
    }

    @Test
    void aRemoteContextOerfedDoesNotKnowIsRefusedWithoutBeingFetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] context = "{\"@context\": {\"@vocab\": \"http://schema.org/\"}}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, context.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(context);
            }
        });
        server.start();
        String contextUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/context.jsonld";
        try {
            assertThatThrownBy(() -> describe("{\"@context\": \"" + contextUrl + "\", \"@type\": \"Course\", \"name\": \"Served context\"}", "urn:x:1"))
                    .isInstanceOfSatisfying(OerfedException.class, e -> {
                        assertThat(e.fault()).isEqualTo(Fault.RECORD);
                        assertThat(e.getMessage()).contains("source 'test-source'", "record 'urn:x:1'", contextUrl, "does not fetch");
                    });
            assertThatThrownBy(() -> describe("{\"@context\": {\"@import\": \"" + contextUrl + "\"}, \"@type\": \"Course\", \"name\": \"Imported\"}", "urn:x:2"))
                    .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.getMessage()).contains(contextUrl));
            assertThat(requests.get()).as("the context server, serving a valid context, was never asked").isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aDescriptionWithoutANameIsARecordFault() {
        assertThatThrownBy(() -> describe("{\"@context\": \"https://schema.org\", \"@type\": \"Course\", \"description\": \"Untitled\"}", "urn:x:3"))
                .isInstanceOfSatisfying(OerfedException.class, e -> {
                    assertThat(e.fault()).isEqualTo(Fault.RECORD);
                    assertThat(e.getMessage()).contains("record 'urn:x:3'", "no name");
                });
    }

    @Test
    void aDocumentDescribingNoResourceIsARecordFault() {
        assertThatThrownBy(() -> describe("""
                {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Site"}, {"@type": "WebPage", "name": "Home"}]}
                """, "urn:x:4"))
                .isInstanceOfSatisfying(OerfedException.class, e -> {
                    assertThat(e.fault()).isEqualTo(Fault.RECORD);
                    assertThat(e.getMessage()).contains("no object typed LearningResource", "WebSite", "WebPage");
                });
    }

    @Test
    void textThatIsNotJsonOrNestsTooDeeplyIsARecordFault() {
        assertThatThrownBy(() -> describe("<html>not json</html>", "urn:x:5"))
                .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.getMessage()).contains("not JSON"));
        assertThatThrownBy(() -> describe("[".repeat(500) + "]".repeat(500), "urn:x:6"))
                .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.getMessage()).contains("nests deeper than 100"));
    }

    static Resource describe(String json, String identifier) {
        return describe(new JsonLdNormaliser(new LanguageCodes(), new LicenseUris(), 1 << 20), json, identifier);
    }

    static Resource describe(JsonLdNormaliser normaliser, String json, String identifier) {
        Model model = ModelFactory.createDefaultModel();
        Resource resource = model.createResource(RESOURCE, Schema.LearningResource);
        normaliser.describe(new HarvestedRecord("test-source", identifier, Instant.parse("2024-05-01T00:00:00Z"), List.of(),
                "schema-jsonld", Optional.of(json)), resource);
        return resource;
    }

    static Property term(String local) {
        return ModelFactory.createDefaultModel().createProperty(Schema.NS, local);
    }

    static List<String> literals(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(s -> s.getLiteral().getLexicalForm()).toList();
    }

    static List<String> langLiterals(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(s -> s.getLiteral().getLexicalForm() + "@" + s.getLiteral().getLanguage()).toList();
    }

    static List<String> uris(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(s -> s.getResource().getURI()).toList();
    }

    private static String fixture(String name) {
        try (InputStream in = JsonLdNormaliserTest.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("test resource " + name + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
