package org.oerfed.graph.quality;

import java.util.ArrayList;
import java.util.List;
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
 * Validates a record graph against the target model's shapes and writes the SHACL validation report into the
 * same graph, linked from the record by {@code oerfed:validation}: the findings are stored, replaced and
 * removed with the record, and SPARQL reaches them. Only the record's own small model is validated, never the
 * store. Thread-safe.
 *
 * <p>A report holds, per finding, the focus node, the severity, the shape and the offending value when there
 * is one; not what the shape itself says (its message, path and constraint), which is the same for every
 * record: those are in the shapes graph ({@link RecordShapes#graph()}), joined on {@code sh:sourceShape}.
 * Storing them with each finding made the stored report four times the size of the record it is about,
 * and writing the store is what bounds a harvest's speed. The report and its findings are named by
 * fragments of the record graph's URI ({@code #validation}, {@code #finding-1}, …): stable across harvests,
 * and no blank node to mint.
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
        List<Finding> findings = findings(model.getGraph());
        Resource report = model.createResource(graph.graphUri() + "#validation")
                .addProperty(RDF.type, SHACLM.ValidationReport)
                .addLiteral(SHACLM.conforms, findings.isEmpty());
        model.createResource(graph.graphUri()).addProperty(QualityTerms.validation, report);
        int violations = 0;
        int warnings = 0;
        int n = 0;
        for (Finding finding : findings) {
            Resource result = model.createResource(graph.graphUri() + "#finding-" + ++n)
                    .addProperty(SHACLM.focusNode, model.asRDFNode(finding.focusNode()))
                    .addProperty(SHACLM.resultSeverity, model.wrapAsResource(finding.severity().level()))
                    .addProperty(SHACLM.sourceShape, model.asRDFNode(finding.shape()));
            if (finding.value() != null) result.addProperty(SHACLM.value, model.asRDFNode(finding.value()));
            report.addProperty(SHACLM.result, result);
            if (Severity.Violation.equals(finding.severity())) violations++;
            else if (Severity.Warning.equals(finding.severity())) warnings++;
        }
        return new RecordValidation(violations, warnings, findings.size() - violations - warnings);
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
     * What one validation found, by severity.
     *
     * @param violations findings that make the record unusable
     * @param warnings   recommended fields missing or malformed
     * @param infos      nice-to-haves missing, values linked to no concept
     */
    public record RecordValidation(int violations, int warnings, int infos) {
        public boolean conforms() {
            return violations + warnings + infos == 0;
        }
    }
}
