package org.oerfed.graph.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.graph.vocab.Schema;

/** What the golden file does not show: kernel 3, bare resources, and DataCite's failures. */
class DataCiteNormaliserTest {
    private final DataCiteNormaliser normaliser = new DataCiteNormaliser("datacite", new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris());

    @Test
    void readsABareKernel3Resource() {
        Resource r = describe("<resource xmlns=\"http://datacite.org/schema/kernel-3\">"
                + "<identifier identifierType=\"DOI\">10.9999/K3</identifier><titles><title>Kernel three</title></titles>"
                + "<publicationYear>2014</publicationYear><rightsList><rights>CC BY-NC 3.0</rights></rightsList></resource>");
        assertThat(r.getProperty(Schema.name).getString()).isEqualTo("Kernel three");
        assertThat(r.getProperty(Schema.identifier).getString()).isEqualTo("doi:10.9999/k3");
        assertThat(r.getProperty(Schema.datePublished).getLiteral().getLexicalForm()).isEqualTo("2014");
        assertThat(r.getPropertyResourceValue(Schema.license).getURI()).isEqualTo("https://creativecommons.org/licenses/by-nc/3.0/");
    }

    @Test
    void rightsThatNameNoLicenceStayText() {
        Resource r = describe("<resource xmlns=\"http://datacite.org/schema/kernel-4\"><titles><title>T</title></titles>"
                + "<rightsList><rights xml:lang=\"en\">Ask the author</rights></rightsList></resource>");
        assertThat(r.hasProperty(Schema.license)).isFalse();
        assertThat(r.getProperty(DCTerms.rights).getString()).isEqualTo("Ask the author");
    }

    @Test
    void resourceWithoutTitleIsABadRecordSayingWhatWasExpected() {
        assertThatThrownBy(() -> describe("<resource xmlns=\"http://datacite.org/schema/kernel-4\"><titles/></resource>"))
                .isInstanceOfSatisfying(OerfedException.class, e -> assertThat(e.fault()).isEqualTo(Fault.RECORD))
                .hasMessageContaining("record 'oai:test:1'").hasMessageContaining("expected at least one");
    }

    @Test
    void metadataWithoutADataCiteResourceIsABadRecord() {
        assertThatThrownBy(() -> describe("<mods xmlns=\"http://www.loc.gov/mods/v3\"><titleInfo/></mods>"))
                .isInstanceOf(OerfedException.class).hasMessageContaining("{http://www.loc.gov/mods/v3}mods")
                .hasMessageContaining("expected {http://datacite.org/schema/kernel-4}resource");
    }

    private Resource describe(String metadata) {
        Resource r = ModelFactory.createDefaultModel().createResource("https://oer.example.org/resource/x");
        normaliser.describe(new HarvestedRecord("test", "oai:test:1", Instant.parse("2024-01-01T00:00:00Z"), List.of(), "datacite",
                Optional.of(metadata)), r);
        return r;
    }
}
