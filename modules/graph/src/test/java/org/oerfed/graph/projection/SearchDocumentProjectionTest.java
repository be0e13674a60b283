package org.oerfed.graph.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.normalise.HardenedXml;
import org.oerfed.graph.normalise.LanguageCodes;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.normalise.OaiDcNormaliser;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Prov;

class SearchDocumentProjectionTest {
    private final ResourceIds ids = new ResourceIds(URI.create("https://oer.example.org/"));
    private final RecordGraphBuilder builder = new RecordGraphBuilder(ids,
            List.of(new OaiDcNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris())),
            Clock.fixed(Instant.parse("2025-05-05T10:00:00Z"), ZoneOffset.UTC));
    private final SourceConfig source = new SourceConfig("partner", "Partner", "FR", SourceType.OAI_PMH,
            URI.create("https://partner.example.org/oai"), "oai_dc", List.of(), Optional.empty());

    @Test
    void projectsTheResourceInItsOwnLanguageWithProvenanceInTheGraph() {
        RecordGraph graph = builder.build(source, new HarvestedRecord("partner", "oai:partner:7", Instant.parse("2024-02-03T04:05:06Z"),
                List.of(), "oai_dc", Optional.of("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title xml:lang=\"en\">Photosynthesis</dc:title><dc:title xml:lang=\"es\">Fotosíntesis</dc:title>"
                + "<dc:description xml:lang=\"es\">Cómo las plantas producen su alimento.</dc:description>"
                + "<dc:language>spa</dc:language><dc:rights>CC BY 4.0</dc:rights>"
                + "<dc:identifier>https://recursos.example.es/fotosintesis</dc:identifier></oai_dc:dc>")));

        SearchDocument document = new SearchDocumentProjection().project(graph);

        assertThat(document).isEqualTo(new SearchDocument(ids.resourceId("partner", "oai:partner:7"), "Fotosíntesis",
                "Cómo las plantas producen su alimento.", "https://recursos.example.es/fotosintesis", List.of("es"),
                "https://creativecommons.org/licenses/by/4.0/", "partner"));
        var record = graph.model().getResource(graph.graphUri());
        assertThat(record.getProperty(Oerfed.recordIdentifier).getString()).isEqualTo("oai:partner:7");
        assertThat(record.getProperty(Oerfed.datestamp).getLiteral().getLexicalForm()).isEqualTo("2024-02-03T04:05:06Z");
        assertThat(record.getProperty(Prov.generatedAtTime).getLiteral().getLexicalForm()).isEqualTo("2025-05-05T10:00:00Z");
        assertThat(record.getPropertyResourceValue(Oerfed.source).getURI()).isEqualTo("https://oer.example.org/source/partner");
    }
}
