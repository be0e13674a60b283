package org.oerfed.graph.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Schema;

class RecordValidatorTest {
    private static final String SHAPE = "https://w3id.org/oerfed/shapes#";
    private final RecordShapes shapes = RecordShapes.bundled();
    private final RecordValidator validator = new RecordValidator(shapes);
    private final QualityFixtures fixtures = new QualityFixtures();

    @Test
    void aCompleteRecordHasNoViolationOrWarningOnlyTheNiceToHavesItLacks() {
        RecordGraph graph = fixtures.build("partner", "oai:partner:water", "oai_dc-complete.xml");

        RecordValidator.RecordValidation validation = validator.validate(graph);

        assertThat(validation.violations()).isZero();
        assertThat(validation.warnings()).isZero();
        // educational level, subject, accessibility, and dc:type left a literal: counted, not stored
        assertThat(validation.infos()).isEqualTo(4);
        assertThat(findings(graph)).isEmpty();
    }

    @Test
    void missingRecommendedFieldsAreWarningsStoredInTheRecordsOwnGraph() {
        RecordGraph graph = fixtures.build("partner", "oai:partner:volcans", "oai_dc-all-rights-reserved.xml");

        RecordValidator.RecordValidation validation = validator.validate(graph);

        assertThat(validation.violations()).isZero();
        assertThat(validation.warnings()).isEqualTo(3);
        assertThat(findings(graph)).containsExactlyInAnyOrder("Warning shapes#description", "Warning shapes#licence",
                "Warning shapes#url");
        String query = "PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX oerfed: <" + Oerfed.NS + "> "
                + "SELECT ?message ?path WHERE { <" + graph.graphUri() + "> oerfed:validatedAgainst <" + RecordShapes.SHAPES_URI + "> ; "
                + "oerfed:failsShape ?shape . ?shape sh:severity sh:Warning ; "
                + "sh:message ?message ; sh:path ?path FILTER(?shape = <" + SHAPE + "licence>) }";
        // what a shape says is in the shapes graph, joined on the shape, as SPARQL over the store joins it
        Model withShapes = ModelFactory.createUnion(graph.model(), ModelFactory.createModelForGraph(shapes.graph()));
        try (QueryExecution execution = QueryExecution.model(withShapes).query(query).build()) {
            var row = execution.execSelect().next();
            assertThat(row.getLiteral("message").getString()).contains("no licence");
            assertThat(row.getResource("path")).isEqualTo(Schema.license);
        }
    }

    @Test
    void aResourceWithoutANameIsAViolation() {
        RecordGraph graph = fixtures.build("partner", "oai:partner:water", "oai_dc-complete.xml");
        graph.model().removeAll(null, Schema.name, null);

        RecordValidator.RecordValidation validation = validator.validate(graph);

        assertThat(validation.violations()).isEqualTo(1);
        assertThat(findings(graph)).contains("Violation shapes#name");
    }

    @Test
    void aRecordThatDescribesNoResourceIsAViolation() {
        RecordGraph graph = fixtures.build("partner", "oai:partner:water", "oai_dc-complete.xml");
        graph.model().removeAll(null, Oerfed.describes, null);

        assertThat(validator.validate(graph).violations()).isEqualTo(1);
        assertThat(findings(graph)).contains("Violation shapes#record-describes");
    }

    @Test
    void aValueLinkedToAConceptIsNoFinding() {
        RecordGraph graph = fixtures.build("partner", "oai:partner:water", "oai_dc-complete.xml");
        Resource resource = resource(graph);
        resource.removeAll(Schema.learningResourceType)
                .addProperty(Schema.learningResourceType, ResourceFactory.createResource("https://w3id.org/oerfed/vocab/resource-type/worksheet"));

        validator.validate(graph);

        assertThat(findings(graph)).noneMatch(f -> f.contains("learning-resource-type"));
    }

    @Test
    void findsWhatJenasOwnReportFindsInEveryFixture() {
        for (String fixture : List.of("oai_dc-complete.xml", "oai_dc-all-rights-reserved.xml", "oai_dc-no-derivatives.xml")) {
            RecordGraph graph = fixtures.build("partner", "oai:partner:" + fixture, fixture);
            graph.model().removeAll(null, Schema.name, null); // and a violation
            ValidationReport jena = ShaclValidator.get().validate(shapes.compiled(), graph.model().getGraph());

            assertThat(validator.findings(graph.model().getGraph()))
                    .extracting(f -> f.shape() + " " + f.severity().level() + " " + f.focusNode() + " " + f.value())
                    .as(fixture)
                    .containsExactlyInAnyOrderElementsOf(jena.getEntries().stream()
                            .map(e -> e.source() + " " + e.severity().level() + " " + e.focusNode() + " "
                                    + (e.value() == null || e.value().equals(e.focusNode()) ? null : e.value()))
                            .toList());
        }
    }

    @Test
    void everyShapeHasANameAMessageAndASeverity() {
        Model model = ModelFactory.createModelForGraph(shapes.graph());
        // every shape that reports has a severity; the nested ones of an sh:or do not report themselves
        List<Resource> reporting = model.listSubjectsWithProperty(SHACLM.severity).toList();
        assertThat(reporting).hasSizeGreaterThan(25).allSatisfy(shape -> {
            assertThat(shape.isURIResource()).as("%s has a URI", shape).isTrue();
            assertThat(shape.hasProperty(SHACLM.name)).as("%s has a name", shape).isTrue();
            assertThat(shape.hasProperty(SHACLM.message)).as("%s has a message", shape).isTrue();
            assertThat(shape.getPropertyResourceValue(SHACLM.severity)).as("%s has a severity", shape)
                    .isIn(SHACLM.Violation, SHACLM.Warning, SHACLM.Info);
            assertThat(shape.hasProperty(SHACLM.path) || shape.hasProperty(SHACLM.targetClass)).as("%s is checked", shape).isTrue();
        });
        assertThat(model.listSubjectsWithProperty(RDF.type, SHACLM.NodeShape).toList())
                .allSatisfy(shape -> assertThat(shape.hasProperty(RDFS.label)).isTrue());
        assertThat(shapes.described(SHAPE + "licence")).hasValueSatisfying(d -> {
            assertThat(d.name()).isEqualTo("licence");
            assertThat(d.severity()).isEqualTo("Warning");
        });
    }

    private static Resource resource(RecordGraph graph) {
        return graph.model().getResource(graph.graphUri()).getPropertyResourceValue(Oerfed.describes) != null
                ? graph.model().getResource(graph.graphUri()).getPropertyResourceValue(Oerfed.describes)
                : graph.model().listSubjectsWithProperty(RDF.type, Schema.LearningResource).next();
    }

    /** Each shape the record is stored as failing, as "severity shape". */
    private List<String> findings(RecordGraph graph) {
        Model model = graph.model();
        Resource record = model.getResource(graph.graphUri());
        assertThat(record.hasProperty(QualityTerms.validatedAgainst)).as("the record says it was validated").isTrue();
        return record.listProperties(QualityTerms.failsShape).mapWith(s -> {
            String shape = s.getResource().getURI();
            return shapes.described(shape).orElseThrow().severity() + " " + shape.replace("https://w3id.org/oerfed/", "");
        }).toList();
    }
}
