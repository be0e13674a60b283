package org.oerfed.graph.merge;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.core.source.SourceType;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.normalise.HardenedXml;
import org.oerfed.graph.normalise.LanguageCodes;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.normalise.OaiDcNormaliser;
import org.oerfed.graph.normalise.RecordGraphBuilder;

/** Record graphs of oai_dc records from several sources, built as a harvest builds them. */
final class MergeFixture {
    static final ResourceIds IDS = new ResourceIds(URI.create("https://oer.example.org/"));
    static final RecordGraphBuilder BUILDER = new RecordGraphBuilder(IDS,
            List.of(new OaiDcNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris())), Clock.systemUTC());

    private MergeFixture() {
    }

    static SourceConfig source(String id) {
        return new SourceConfig(id, "Partner " + id, "FR", SourceType.OAI_PMH, URI.create("https://" + id + ".example.org/oai"),
                List.of("oai_dc"), List.of(), Optional.empty(), Set.of(), org.oerfed.core.source.InvalidCharacters.STRIP);
    }

    static RecordGraph record(String sourceId, String identifier, String title, String... identifiers) {
        StringBuilder xml = new StringBuilder("<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>").append(title).append("</dc:title>");
        for (String id : identifiers) xml.append("<dc:identifier>").append(id).append("</dc:identifier>");
        xml.append("</oai_dc:dc>");
        return BUILDER.build(source(sourceId), new HarvestedRecord(sourceId, identifier, Instant.parse("2024-01-01T00:00:00Z"), List.of(),
                "oai_dc", Optional.of(xml.toString())));
    }

    static String resourceUri(String sourceId, String identifier) {
        return IDS.resourceUri(IDS.resourceId(sourceId, identifier));
    }
}
