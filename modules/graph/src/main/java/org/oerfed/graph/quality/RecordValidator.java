package org.oerfed.graph.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.event.ConstraintEvaluatedEvent;
import org.apache.jena.shacl.validation.event.ConstraintEvaluatedOnSinglePathNodeEvent;
import org.apache.jena.shacl.validation.event.FocusNodeValidationEvent;
import org.apache.jena.shacl.validation.event.ValidationEvent;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.oerfed.graph.RecordGraph;

/**
 * Validates a record graph against the target model's shapes and writes what it found into the same graph:
 * the findings are stored, replaced and removed with the record, and SPARQL reaches them. Only the record's own
 * small model is validated, never the store. Thread-safe.
 *
 * <p>What is stored is one statement that the record was validated ({@code oerfed:validatedAgainst} the shapes)
 * and one per Violation or Warning shape it fails ({@code oerfed:failsShape}); the shape says its severity,
 * name, path and message, the same for every record, in the shapes graph ({@link RecordShapes#graph()}).
 * Info shapes (a nice-to-have missing, a value linked to no concept) are checked but not stored: nearly every
 * record fails several, which would add more quads than the record has, and the quality measure counts the
 * same from the records themselves (completeness, unmapped values). A full SHACL report per
 * record (result nodes with focus node, severity, shape and value) was stored at first: it tripled the quads
 * of a typical record, and writing the store is what bounds a harvest's speed. Offending values that matter
 * to an operator, the source values no concept matched, are counted by the quality measure from the record
 * itself.
 *
 * <p>Jena's validator runs the shapes; the findings are taken from its constraint events rather than from
 * its {@code ValidationReport}, which renders every finding as an RDF graph first: that rendering cost as
 * much as the validation itself, once for every record harvested.
 */
public final class RecordValidator {
    private final RecordShapes shapes;

    public RecordValidator(RecordShapes shapes) {
        this.shapes = shapes;
    }

    /**
     * Validates the graph and adds its report to it. Call it once on a freshly built graph, after every
     * enricher: the report describes the graph as it will be stored.
     */
    public RecordValidation validate(RecordGraph graph) {
        Model model = graph.model();
        Resource record = model.createResource(graph.graphUri());
        record.addProperty(QualityTerms.validatedAgainst, model.createResource(RecordShapes.SHAPES_URI));
        // one statement per Violation or Warning shape failed: the shape says its severity, name and message
        Map<Node, Severity> failed = new LinkedHashMap<>();
        for (Finding finding : findings(model.getGraph())) failed.putIfAbsent(finding.shape(), finding.severity());
        int violations = 0;
        int warnings = 0;
        for (Map.Entry<Node, Severity> shape : failed.entrySet()) {
            boolean violation = Severity.Violation.equals(shape.getValue());
            boolean warning = Severity.Warning.equals(shape.getValue());
            if (violation) violations++;
            if (warning) warnings++;
            if (violation || warning) record.addProperty(QualityTerms.failsShape, model.asRDFNode(shape.getKey()));
        }
        return new RecordValidation(violations, warnings, failed.size() - violations - warnings);
    }

    /** What the shapes find in a graph: one finding per failed constraint and focus node, or per value. */
    List<Finding> findings(Graph data) {
        Shapes compiled = shapes.compiled();
        List<Finding> findings = new ArrayList<>();
        ValidationContext context = ValidationContext.create(compiled, data, event -> collect(event, findings));
        for (Shape shape : compiled.getTargetShapes()) {
            if (shape.deactivated()) continue;
            for (Node focus : VLib.focusNodes(data, shape)) VLib.validateShape(context, data, shape, focus);
        }
        return findings;
    }

    private static void collect(ValidationEvent event, List<Finding> findings) {
        if (!(event instanceof ConstraintEvaluatedEvent evaluated) || evaluated.isValid()) return;
        FocusNodeValidationEvent onFocus = (FocusNodeValidationEvent) event;
        Shape shape = onFocus.getShape();
        Node value = event instanceof ConstraintEvaluatedOnSinglePathNodeEvent single ? single.getValueNode() : null;
        findings.add(new Finding(shape.getShapeNode(), shape.getSeverity(), onFocus.getFocusNode(), value));
    }

    /**
     * One failed constraint.
     *
     * @param shape     the shape whose constraint failed
     * @param severity  the shape's severity
     * @param focusNode the node validated
     * @param value     the value that failed, when the constraint is on each value; null when it is on all
     *                  of them (a count) or on the focus node
     */
    record Finding(Node shape, Severity severity, Node focusNode, Node value) {
    }

    /**
     * What one validation found: the shapes failed, by severity.
     *
     * @param violations shapes failed that make the record unusable
     * @param warnings   recommended fields missing or malformed
     * @param infos      nice-to-haves missing, values linked to no concept
     */
    public record RecordValidation(int violations, int warnings, int infos) {
        public boolean conforms() {
            return violations + warnings + infos == 0;
        }
    }
}
