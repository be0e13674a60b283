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
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.oerfed.graph.vocab.Schema;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;

class OaiDcNormaliserTest {
    private final OaiDcNormaliser normaliser = new OaiDcNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris());

    @Test
    void mapsEveryElementKeepingLanguageTags() throws IOException {
        Resource r = describe(fixture("oai_dc-multilingual.xml"));
        Model m = r.getModel();

        assertThat(r.listProperties(Schema.name).mapWith(s -> s.getLiteral().getLexicalForm() + "@" + s.getLanguage()).toList())
                .containsExactlyInAnyOrder("Fractions au cycle 3@fr", "Fractions for primary school@en");
        assertThat(r.getProperty(Schema.description).getLanguage()).isEqualTo("fr");
        assertThat(r.listProperties(Schema.inLanguage).mapWith(s -> s.getString()).toList()).containsExactlyInAnyOrder("fr", "en");
        assertThat(r.getProperty(DCTerms.language).getString()).isEqualTo("klingon-ish");
        assertThat(r.getPropertyResourceValue(Schema.license).getURI()).isEqualTo("https://creativecommons.org/licenses/by-sa/4.0/");
        assertThat(r.getPropertyResourceValue(Schema.url).getURI()).isEqualTo("https://ressources.example.fr/fractions-cycle-3");
        assertThat(r.hasProperty(Schema.sameAs, m.createResource("https://doi.org/10.9999/oerfed.test.1"))).isTrue();
        assertThat(r.listProperties(Schema.identifier).mapWith(s -> s.getString()).toList())
                .containsExactlyInAnyOrder("doi:10.9999/oerfed.test.1", "urn:example:local:42");
        assertThat(r.getProperty(Schema.dateCreated).getLiteral().getDatatype()).isEqualTo(XSDDatatype.XSDdate);
        assertThat(r.getProperty(Schema.keywords).getString()).isEqualTo("mathématiques");
        assertThat(r.getProperty(Schema.encodingFormat).getString()).isEqualTo("application/pdf");
        assertThat(r.getProperty(DCTerms.publisher).getString()).isEqualTo("Académie fictive");
    }

    @Test
    void rightsTextThatNamesNoLicenceStaysAText() {
        Resource r = describe(dc("<dc:title>T</dc:title><dc:rights xml:lang=\"en\">All rights reserved</dc:rights>"));
        assertThat(r.hasProperty(Schema.license)).isFalse();
        assertThat(r.getProperty(DCTerms.rights).getString()).isEqualTo("All rights reserved");
    }

    @Test
    void recordWithoutTitleIsABadRecord() {
        assertThatThrownBy(() -> describe(dc("<dc:description>no title</dc:description>")))
                .isInstanceOf(OerfedException.class)
                .satisfies(e -> assertThat(((OerfedException) e).fault()).isEqualTo(Fault.RECORD))
                .hasMessageContaining("source 'test'").hasMessageContaining("record 'oai:test:1'").hasMessageContaining("dc:title");
    }

    @Test
    void malformedXmlIsABadRecordNamingTheSourceAndRecord() {
        assertThatThrownBy(() -> describe("<oai_dc:dc xmlns:oai_dc=\"x\"><unclosed></oai_dc:dc>"))
                .isInstanceOf(OerfedException.class)
                .hasMessageContaining("source 'test', record 'oai:test:1'").hasMessageContaining("not well-formed");
    }

    @Test
    void refusesDoctypesSoNoEntityIsEverExpanded() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>&b;&x;</dc:title></oai_dc:dc>";
        assertThatThrownBy(() -> describe(bomb)).isInstanceOf(OerfedException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesRecordsOverTheSizeLimit() {
        OaiDcNormaliser small = new OaiDcNormaliser(new HardenedXml(100), new LanguageCodes(), new LicenseUris());
        Resource r = ModelFactory.createDefaultModel().createResource("https://oer.example.org/resource/x");
        assertThatThrownBy(() -> small.describe(record(dc("<dc:title>" + "x".repeat(200) + "</dc:title>")), r))
                .isInstanceOf(OerfedException.class).hasMessageContaining("exceeds the limit of 100");
    }

    private Resource describe(String metadata) {
        Resource r = ModelFactory.createDefaultModel().createResource("https://oer.example.org/resource/x");
        normaliser.describe(record(metadata), r);
        return r;
    }

    private static HarvestedRecord record(String metadata) {
        return new HarvestedRecord("test", "oai:test:1", Instant.parse("2024-01-01T00:00:00Z"), List.of(), "oai_dc", Optional.of(metadata));
    }

    static String dc(String elements) {
        return "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + elements + "</oai_dc:dc>";
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = OaiDcNormaliserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
