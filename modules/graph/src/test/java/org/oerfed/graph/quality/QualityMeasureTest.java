package org.oerfed.graph.quality;

import org.oerfed.graph.testing.Tdb2TestStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oerfed.core.harvest.SourceQuality;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Schema;

class QualityMeasureTest {
    private final QualityFixtures fixtures = new QualityFixtures();
    private final RecordShapes shapes = RecordShapes.bundled();
    private final RecordValidator validator = new RecordValidator(shapes);
    private Tdb2TestStore store;

    @BeforeEach
    void open(@TempDir Path dir) {
        store = new Tdb2TestStore(dir);
        store.putGraph(QualityFixtures.LICENCE_SCHEME, QualityFixtures.licenceVocabulary());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void measuresCompletenessLicencesLanguagesAndFindingsOfOneSource() {
        store(validated("partner", "oai:partner:1", "oai_dc-complete.xml"),
                validated("partner", "oai:partner:2", "oai_dc-all-rights-reserved.xml"),
                validated("partner", "oai:partner:3", "oai_dc-no-derivatives.xml"),
                validated("other", "oai:other:1", "oai_dc-all-rights-reserved.xml"));

        SourceQuality quality = measure(50).measure("partner");

        assertThat(quality.sourceId()).isEqualTo("partner");
        assertThat(quality.computedAt()).isEqualTo(QualityFixtures.NOW);
        assertThat(quality.records()).isEqualTo(3);
        assertThat(quality.validatedRecords()).isEqualTo(3);
        assertThat(quality.completeness().keySet()).startsWith("name", "description", "language", "licence")
                .contains("learningResourceType", "educationalLevel", "about", "creator", "publisher", "dateCreated",
                        "dateModified", "url", "encoding", "accessibility");
        assertThat(quality.completeness().get("name")).isEqualTo(new SourceQuality.Share(3, 1.0));
        assertThat(quality.completeness().get("description")).isEqualTo(new SourceQuality.Share(2, 0.6667));
        // the unknown language is kept as dct:language: the source gave a language, not one OERfed recognised
        assertThat(quality.completeness().get("language").records()).isEqualTo(3);
        assertThat(quality.language()).isEqualTo(new SourceQuality.Share(2, 0.6667));
        assertThat(quality.completeness().get("licence").records()).isEqualTo(2);
        // CC BY is open, CC BY-ND is not, says the licence vocabulary
        assertThat(quality.openLicence()).isEqualTo(new SourceQuality.Share(1, 0.3333));
        assertThat(quality.completeness().get("creator").records()).isEqualTo(1);
        assertThat(quality.completeness().get("encoding").records()).isEqualTo(1);
        assertThat(quality.completeness().get("accessibility").records()).isZero();

        SourceQuality.Unmapped types = quality.unmapped().get("learningResourceType");
        assertThat(types.property()).isEqualTo(Schema.learningResourceType.getURI());
        assertThat(types.distinctValues()).isEqualTo(2);
        assertThat(types.records()).isEqualTo(3);
        assertThat(types.values()).containsExactly(new SourceQuality.ValueCount("Worksheet", 2),
                new SourceQuality.ValueCount("Arbeitsblatt", 1));
        assertThat(quality.unmapped().get("educationalLevel").values()).isEmpty();

        assertThat(quality.recordsBySeverity()).containsEntry("Violation", 0L).containsEntry("Warning", 2L).doesNotContainKey("Info");
        assertThat(quality.violations()).anySatisfy(f -> {
            assertThat(f.shape()).isEqualTo("https://w3id.org/oerfed/shapes#licence");
            assertThat(f.name()).isEqualTo("licence");
            assertThat(f.severity()).isEqualTo("Warning");
            assertThat(f.message()).contains("no licence");
            assertThat(f.records()).isEqualTo(1);
        });
        // Info shapes are not stored with the records: the unmapped values above say the same
        assertThat(quality.violations()).noneSatisfy(f -> assertThat(f.severity()).isEqualTo("Info"));
        assertThat(quality.violations().get(0).severity()).isEqualTo("Warning");
        assertThat(quality.summary().recordsWithWarnings()).isEqualTo(2);
        assertThat(quality.summary().openLicenceShare()).isEqualTo(0.3333);
    }

    @Test
    void aValueLinkedToAConceptIsNotUnmappedAndTheListIsCutAtTopN() {
        RecordGraph linked = fixtures.build("partner", "oai:partner:1", "oai_dc-complete.xml");
        Resource resource = linked.model().getResource(linked.graphUri()).getPropertyResourceValue(Oerfed.describes);
        resource.removeAll(Schema.learningResourceType).addProperty(Schema.learningResourceType,
                ResourceFactory.createResource("https://w3id.org/oerfed/vocab/resource-type/worksheet"));
        validator.validate(linked);
        store(linked, validated("partner", "oai:partner:2", "oai_dc-all-rights-reserved.xml"),
                validated("partner", "oai:partner:3", "oai_dc-no-derivatives.xml"));

        SourceQuality.Unmapped types = measure(1).measure("partner").unmapped().get("learningResourceType");

        assertThat(types.distinctValues()).isEqualTo(2);
        assertThat(types.records()).isEqualTo(2);
        assertThat(types.values()).hasSize(1).first().satisfies(v -> assertThat(v.records()).isEqualTo(1));
    }

    @Test
    void recordsStoredWithoutAReportCountButAreNotValidated() {
        store(fixtures.build("partner", "oai:partner:1", "oai_dc-complete.xml"));

        SourceQuality quality = measure(50).measure("partner");

        assertThat(quality.records()).isEqualTo(1);
        assertThat(quality.validatedRecords()).isZero();
        assertThat(quality.violations()).isEmpty();
    }

    @Test
    void aSourceWithoutRecordsHasZeroShares() {
        SourceQuality quality = measure(50).measure("nobody");

        assertThat(quality.records()).isZero();
        assertThat(quality.completeness().get("name")).isEqualTo(new SourceQuality.Share(0, 0));
        assertThat(quality.openLicence().share()).isZero();
        assertThat(quality.recordsBySeverity()).containsOnlyKeys("Violation", "Warning");
    }

    private QualityMeasure measure(int top) {
        return new QualityMeasure(store, shapes, Clock.fixed(QualityFixtures.NOW, ZoneOffset.UTC), top);
    }

    private RecordGraph validated(String sourceId, String identifier, String fixture) {
        RecordGraph graph = fixtures.build(sourceId, identifier, fixture);
        validator.validate(graph);
        return graph;
    }

    private void store(RecordGraph... graphs) {
        store.apply(new GraphChanges(List.of(graphs), List.of()));
    }
}
