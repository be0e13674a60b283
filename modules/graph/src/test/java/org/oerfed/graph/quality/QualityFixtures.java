package org.oerfed.graph.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
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

/** Record graphs built the way a harvest builds them, from the oai_dc fixtures beside this class. */
final class QualityFixtures {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final String LICENCE_SCHEME = "https://w3id.org/oerfed/vocab/licence";

    private final RecordGraphBuilder builder = new RecordGraphBuilder(new ResourceIds(URI.create("https://oerfed.example.org/")),
            List.of(new OaiDcNormaliser(new HardenedXml(1 << 20), new LanguageCodes(), new LicenseUris())),
            Clock.fixed(NOW, ZoneOffset.UTC));

    static SourceConfig source(String id) {
        return new SourceConfig(id, "Partner " + id, "KE", SourceType.OAI_PMH, URI.create("https://" + id + ".example.org/oai"),
                "oai_dc", List.of(), Optional.empty());
    }

    /** The graph of the fixture file {@code name}, as source {@code sourceId} sent it under {@code identifier}. */
    RecordGraph build(String sourceId, String identifier, String name) {
        HarvestedRecord record = new HarvestedRecord(sourceId, identifier, Instant.parse("2026-02-01T00:00:00Z"), List.of(),
                "oai_dc", Optional.of(text(name)));
        return builder.build(source(sourceId), record);
    }

    static Model licenceVocabulary() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = QualityFixtures.class.getResourceAsStream("licence-vocabulary.ttl")) {
            RDFDataMgr.read(model, in, org.apache.jena.riot.Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }

    private static String text(String name) {
        try (InputStream in = QualityFixtures.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
