package org.oerfed.graph.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.graph.vocab.Schema;

class FeedItemNormaliserTest {
    private final FeedItemNormaliser normaliser = new FeedItemNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris());

    @Test
    void readsTheFormatItsOwnName() {
        assertThat(normaliser.metadataPrefix()).isEqualTo("feed-item");
    }

    /** The fixture is the document the feed harvester's tests expect it to write for the same item. */
    @Test
    void mapsTheHarvestersDocumentIntoSchemaOrg() throws IOException {
        Resource r = describe(fixture("feed-item-fractions.xml"));

        assertThat(literals(r, Schema.name)).containsExactly("Les fractions en images@fr");
        assertThat(literals(r, Schema.description)).containsExactly("Une leçon illustrée pour le cycle 3 : partager une pizza & comparer.@fr");
        assertThat(r.getPropertyResourceValue(Schema.url).getURI()).isEqualTo("https://atelier.example.org/fractions-en-images");
        assertThat(literals(r, Schema.inLanguage)).containsExactly("fr");
        assertThat(r.hasProperty(DCTerms.language)).isFalse();
        Literal created = r.getProperty(Schema.dateCreated).getLiteral();
        assertThat(created.getLexicalForm()).isEqualTo("2024-03-01T10:00:00Z");
        assertThat(created.getDatatype()).isEqualTo(XSDDatatype.XSDdateTime);
        assertThat(r.hasProperty(Schema.dateModified)).isFalse();
        assertThat(literals(r, DCTerms.creator)).containsExactly("claire.dumas@atelier.example.org (Claire Dumas)");
        assertThat(literals(r, Schema.keywords)).containsExactlyInAnyOrder("Mathématiques", "Cycle 3");
        assertThat(uris(r, Schema.license)).as("the http deed URL made canonical").containsExactly("https://creativecommons.org/licenses/by-sa/4.0/");
        assertThat(r.hasProperty(DCTerms.rights)).isFalse();

        List<Statement> encodings = r.listProperties(Schema.encoding).toList();
        assertThat(encodings).hasSize(1);
        Resource audio = encodings.get(0).getResource();
        assertThat(audio.isAnon()).isTrue();
        assertThat(audio.hasProperty(RDF.type, Schema.MediaObject)).isTrue();
        assertThat(audio.getPropertyResourceValue(Schema.contentUrl).getURI()).isEqualTo("https://atelier.example.org/audio/fractions.mp3");
        assertThat(audio.getProperty(Schema.encodingFormat).getString()).isEqualTo("audio/mpeg");
        Literal size = audio.getProperty(Schema.contentSize).getLiteral();
        assertThat(size.getDatatype()).isEqualTo(XSDDatatype.XSDinteger);
        assertThat(size.getLong()).isEqualTo(1234567L);
    }

    @Test
    void updatedIsDateModifiedAndLicencesAreToldApartFromRightsText() {
        Resource r = describe(item("""
                <id>tag:lernwerk.example.de,2024:bruch</id>
                <title>Bruchrechnen leicht gemacht</title>
                <published>2024-03-20T08:00:00Z</published>
                <updated>2024-04-01T12:30:00Z</updated>
                <language>de</language>
                <rights>Alle Rechte am Logo vorbehalten</rights>
                <rights>CC BY-NC 4.0</rights>
                <license>https://creativecommons.org/licenses/by/4.0/deed.de</license>
                <license>https://lernwerk.example.de/lizenz</license>
                """));

        Literal modified = r.getProperty(Schema.dateModified).getLiteral();
        assertThat(modified.getLexicalForm()).isEqualTo("2024-04-01T12:30:00Z");
        assertThat(modified.getDatatype()).isEqualTo(XSDDatatype.XSDdateTime);
        assertThat(r.getProperty(Schema.dateCreated).getLiteral().getLexicalForm()).isEqualTo("2024-03-20T08:00:00Z");
        assertThat(uris(r, Schema.license)).containsExactlyInAnyOrder("https://creativecommons.org/licenses/by/4.0/",
                "https://creativecommons.org/licenses/by-nc/4.0/", "https://lernwerk.example.de/lizenz");
        assertThat(literals(r, DCTerms.rights)).containsExactly("Alle Rechte am Logo vorbehalten@de");
        assertThat(literals(r, Schema.name)).containsExactly("Bruchrechnen leicht gemacht@de");
    }

    @Test
    void anUnknownLanguageIsKeptAndTagsNothing() {
        Resource r = describe(item("<id>x</id><title>Qapla</title><description>batlh</description><language>klingonisch</language>"));

        assertThat(literals(r, DCTerms.language)).containsExactly("klingonisch");
        assertThat(r.hasProperty(Schema.inLanguage)).isFalse();
        assertThat(literals(r, Schema.name)).containsExactly("Qapla");
        assertThat(literals(r, Schema.description)).containsExactly("batlh");
    }

    @Test
    void withoutALinkAWebIdIsTheUrlAndOtherIdsAreNot() {
        Resource permalink = describe(item("<id>https://videos.example.org/v/water</id><title>The water cycle</title>"));
        Resource uuid = describe(item("<id>urn:uuid:5c1d0a5e-1111-4c6b-9a35-0e7c4b1e0002</id><title>T</title><link>not a url</link>"));

        assertThat(uris(permalink, Schema.url)).containsExactly("https://videos.example.org/v/water");
        assertThat(uuid.hasProperty(Schema.url)).isFalse();
    }

    @Test
    void mediaWithoutSizeOrWebUrlGiveLessOrNothing() {
        Resource r = describe(item("""
                <id>x</id><title>T</title>
                <media url="https://videos.example.org/files/v.webm" type="video/webm"/>
                <media url="rtsp://videos.example.org/live" type="video/mp4" length="12"/>
                """));

        List<Statement> encodings = r.listProperties(Schema.encoding).toList();
        assertThat(encodings).hasSize(1);
        Resource video = encodings.get(0).getResource();
        assertThat(video.getPropertyResourceValue(Schema.contentUrl).getURI()).isEqualTo("https://videos.example.org/files/v.webm");
        assertThat(video.getProperty(Schema.encodingFormat).getString()).isEqualTo("video/webm");
        assertThat(video.hasProperty(Schema.contentSize)).isFalse();
    }

    @Test
    void aDateThatIsNoDateIsKeptAsText() {
        Resource r = describe(item("<id>x</id><title>T</title><published>sometime in spring</published>"));

        assertThat(r.hasProperty(Schema.dateCreated)).isFalse();
        assertThat(literals(r, DCTerms.date)).containsExactly("sometime in spring");
    }

    @Test
    void anItemWithoutTitleIsABadRecord() {
        assertThatThrownBy(() -> describe(item("<id>x</id><title>  </title><description>no title</description>")))
                .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.RECORD))
                .hasMessageContaining("source 'test-feed', record 'urn:test:1'").hasMessageContaining("no title");
    }

    @Test
    void aDocumentOfAnotherFormatIsABadRecord() {
        String dc = "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>T</dc:title></oai_dc:dc>";

        assertThatThrownBy(() -> describe(dc))
                .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.RECORD))
                .hasMessageContaining("record 'urn:test:1'").hasMessageContaining("expected {https://w3id.org/oerfed/feed-item#}item");
    }

    @Test
    void malformedXmlAndDoctypesAreBadRecords() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE item [<!ENTITY a \"aaaaaaaaaa\">]>"
                + "<item xmlns=\"https://w3id.org/oerfed/feed-item#\"><id>x</id><title>&a;</title></item>";

        assertThatThrownBy(() -> describe(item("<id>x</id><title>unclosed")))
                .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.RECORD))
                .hasMessageContaining("not well-formed");
        assertThatThrownBy(() -> describe(bomb)).isInstanceOf(OerfedException.class).hasMessageContaining("DOCTYPE");
    }

    private Resource describe(String metadata) {
        Resource r = ModelFactory.createDefaultModel().createResource("https://oer.example.org/resource/x");
        normaliser.describe(new HarvestedRecord("test-feed", "urn:test:1", Instant.parse("2024-01-01T00:00:00Z"), List.of(),
                "feed-item", Optional.of(metadata)), r);
        return r;
    }

    private static String item(String children) {
        return "<item xmlns=\"https://w3id.org/oerfed/feed-item#\">" + children + "</item>";
    }

    /** Each literal as {@code text} or {@code text@lang}. */
    private static List<String> literals(Resource r, Property p) {
        return r.listProperties(p).mapWith(Statement::getLiteral)
                .mapWith(l -> l.getLanguage().isEmpty() ? l.getLexicalForm() : l.getLexicalForm() + "@" + l.getLanguage()).toList();
    }

    private static List<String> uris(Resource r, Property p) {
        return r.listProperties(p).mapWith(Statement::getObject).filterKeep(RDFNode::isURIResource)
                .mapWith(n -> n.asResource().getURI()).toList();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = FeedItemNormaliserTest.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
