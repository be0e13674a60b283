package org.oerfed.samplepartner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleCatalogueTest {

    @Test
    void generatedCatalogueDeletesEveryNthRecord() {
        SampleCatalogue catalogue = SampleCatalogue.generated(10, 4);

        assertThat(catalogue.records()).hasSize(10);
        assertThat(catalogue.records().stream().filter(SampleRecord::deleted).map(SampleRecord::identifier))
                .containsExactly(SampleCatalogue.generatedIdentifier(4), SampleCatalogue.generatedIdentifier(8));
        assertThat(catalogue.records().get(1).datestamp()).isEqualTo(Instant.parse("2024-01-01T01:00:00Z"));
    }

    @Test
    void generatedCatalogueWithoutDeletions() {
        assertThat(SampleCatalogue.generated(5, 0).records()).noneMatch(SampleRecord::deleted);
    }

    @Test
    void duplicateIdentifiersAreRefused() {
        SampleRecord record = new SampleRecord("oai:x:1", Instant.EPOCH, List.of(), false, List.of());

        assertThatThrownBy(() -> new SampleCatalogue(List.of(), List.of(record, record)))
                .hasMessageContaining("duplicate identifier oai:x:1");
    }

    @Test
    void recordsInUndeclaredSetsAreRefused() {
        SampleRecord record = new SampleRecord("oai:x:1", Instant.EPOCH, List.of("poetry"), false, List.of());

        assertThatThrownBy(() -> new SampleCatalogue(List.of(), List.of(record))).hasMessageContaining("poetry");
    }

    @Test
    void readsTheDataFormatWithLanguageTagsAndDeletedHeaders() {
        String xml = """
                <sampleCatalogue xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
                                 xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <set spec="maths">Maths</set>
                  <record>
                    <header><identifier>oai:t:1</identifier><datestamp>2024-02-03T04:05:06Z</datestamp>
                      <setSpec>maths</setSpec></header>
                    <metadata><oai_dc:dc>
                      <dc:title xml:lang="fr">Les fractions</dc:title>
                      <dc:identifier>https://oer.example.org/t/1</dc:identifier>
                    </oai_dc:dc></metadata>
                  </record>
                  <record><header status="deleted"><identifier>oai:t:2</identifier>
                    <datestamp>2024-02-04T00:00:00Z</datestamp></header></record>
                </sampleCatalogue>
                """;

        SampleCatalogue catalogue = SampleCatalogue.fromXml(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(catalogue.sets()).containsExactly(new SampleSet("maths", "Maths"));
        assertThat(catalogue.records()).hasSize(2);
        SampleRecord first = catalogue.records().get(0);
        assertThat(first.sets()).containsExactly("maths");
        assertThat(first.dublinCore()).containsExactly(
                DcValue.of("title", "Les fractions", "fr"), DcValue.of("identifier", "https://oer.example.org/t/1"));
        assertThat(catalogue.records().get(1).deleted()).isTrue();
        assertThat(catalogue.records().get(1).datestamp()).isEqualTo(Instant.parse("2024-02-04T00:00:00Z"));
    }

    @Test
    void aCatalogueWithADtdIsRefused() {
        String xml = "<!DOCTYPE sampleCatalogue [<!ENTITY x \"y\">]><sampleCatalogue/>";

        assertThatThrownBy(() -> SampleCatalogue.fromXml(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DTD");
    }
}
