package org.oerfed.graph.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.oerfed.graph.RecordGraph;

/**
 * What validation adds to a harvest's hot path: validates 10,000 record graphs as a harvest builds them and
 * prints the time per record and the triples each report adds. A figure to read, not an assertion on time.
 */
class ValidationThroughputTest {
    private static final int RECORDS = 10_000;
    private static final List<String> FIXTURES = List.of("oai_dc-complete.xml", "oai_dc-all-rights-reserved.xml",
            "oai_dc-no-derivatives.xml");

    @Test
    void validatesTenThousandRecordGraphs() {
        QualityFixtures fixtures = new QualityFixtures();
        RecordValidator validator = new RecordValidator(RecordShapes.bundled());
        // fresh graphs as a harvest builds them, without holding 10,000 of them at once
        List<RecordGraph> built = new ArrayList<>();
        for (int i = 0; i < 300; i++) built.add(fixtures.build("partner", "oai:partner:" + i, FIXTURES.get(i % FIXTURES.size())));
        for (int i = 0; i < 2_000; i++) validator.validate(copy(built.get(i % built.size()))); // warm-up

        long copying = System.nanoTime();
        for (int i = 0; i < RECORDS; i++) copy(built.get(i % built.size()));
        copying = System.nanoTime() - copying;
        long start = System.nanoTime();
        long findings = 0;
        long reportTriples = 0;
        long recordTriples = 0;
        long reported = 0;
        for (int i = 0; i < RECORDS; i++) {
            RecordGraph graph = copy(built.get(i % built.size()));
            long before = graph.model().size();
            RecordValidator.RecordValidation validation = validator.validate(graph);
            findings += validation.violations() + validation.warnings() + validation.infos();
            recordTriples += before;
            reportTriples += graph.model().size() - before;
            if (graph.model().getResource(graph.graphUri()).hasProperty(QualityTerms.validatedAgainst)) reported++;
        }
        long elapsed = System.nanoTime() - start - copying;

        System.out.printf("Validated %,d record graphs in %,d ms: %.1f µs a record, %,.0f records/s; "
                        + "%.1f findings and %.1f report triples a record (the record itself: %.1f triples)%n",
                RECORDS, elapsed / 1_000_000, elapsed / 1_000.0 / RECORDS, RECORDS * 1e9 / elapsed,
                findings / (double) RECORDS, reportTriples / (double) RECORDS, recordTriples / (double) RECORDS);
        assertThat(reported).isEqualTo(RECORDS);
        assertThat(findings).isPositive();
    }

    private static RecordGraph copy(RecordGraph graph) {
        Model model = ModelFactory.createDefaultModel().add(graph.model());
        return new RecordGraph(graph.resourceId(), graph.graphUri(), model);
    }
}
