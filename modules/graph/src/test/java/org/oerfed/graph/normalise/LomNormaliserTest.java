package org.oerfed.graph.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.graph.vocab.Schema;

/** What the golden files do not show: LOM's failures and the odd shapes real records take. */
class LomNormaliserTest {
    private final LomNormaliser normaliser = new LomNormaliser("lomfr", new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris());

    @Test
    void answersToThePrefixItWasMadeFor() {
        assertThat(normaliser.metadataPrefix()).isEqualTo("lomfr");
    }

    @Test
    void recordWithoutTitleIsABadRecordSayingWhatWasExpected() {
        assertThatThrownBy(() -> describe("<lom><classification/></lom>"))
                .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.RECORD))
                .hasMessageContaining("record 'oai:test:1'").hasMessageContaining("expected").hasMessageContaining("general/title");
    }

    @Test
    void anotherFormatIsABadRecordNamingItsRoot() {
        assertThatThrownBy(() -> describe("<itemRecord xmlns=\"http://adn.dlese.org\"><general/></itemRecord>"))
                .isInstanceOf(OerfedException.class).hasMessageContaining("{http://adn.dlese.org}itemRecord")
                .hasMessageContaining("expected a LOM record");
    }

    @Test
    void doctypesAreRefused() {
        assertThatThrownBy(() -> describe("<!DOCTYPE lom [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><lom><general><title>&x;</title></general></lom>"))
                .isInstanceOf(OerfedException.class).hasMessageContaining("not well-formed");
    }

    @Test
    void plainTextEntitiesAndBareTextValuesAreRead() {
        Resource r = describe("<lom><general><title>Bare title</title></general><lifeCycle><contribute>"
                + "<role><source>LOMv1.0</source><value>publisher</value></role><entity>Open Press</entity></contribute></lifeCycle>"
                + "<educational><typicalLearningTime><duration>90 minutes</duration></typicalLearningTime></educational></lom>");
        assertThat(r.getProperty(Schema.name).getString()).isEqualTo("Bare title");
        Resource publisher = r.getPropertyResourceValue(Schema.publisher);
        assertThat(publisher.hasProperty(org.apache.jena.vocabulary.RDF.type, Schema.Organization)).isTrue();
        assertThat(publisher.getProperty(Schema.name).getString()).isEqualTo("Open Press");
        assertThat(r.hasProperty(Schema.timeRequired)).as("a duration that is no ISO 8601 is left out").isFalse();
    }

    @Test
    void rightsTextNamingNoLicenceStaysText() {
        Resource r = describe("<lom><general><title>T</title></general><rights><description>"
                + "<string language=\"en\">Free for classroom use</string></description></rights></lom>");
        assertThat(r.hasProperty(Schema.license)).isFalse();
        assertThat(r.getProperty(org.apache.jena.vocabulary.DCTerms.rights).getLanguage()).isEqualTo("en");
    }

    private Resource describe(String metadata) {
        Resource r = ModelFactory.createDefaultModel().createResource("https://oer.example.org/resource/x");
        normaliser.describe(new HarvestedRecord("test", "oai:test:1", Instant.parse("2024-01-01T00:00:00Z"), List.of(), "lomfr",
                Optional.of(metadata)), r);
        return r;
    }
}
