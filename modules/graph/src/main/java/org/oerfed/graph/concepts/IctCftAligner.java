package org.oerfed.graph.concepts;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Schema;

/**
 * Aligns resources for teachers to the modules of the UNESCO ICT Competency Framework for Teachers,
 * version 3, by the documented rules of {@link IctCftRules}. A resource is for teachers when one of its
 * {@code schema:audience} nodes has a teacher {@code schema:educationalRole} or {@code schema:audienceType},
 * as a word in any language or as a teacher role concept. A rule applies when one of its terms occurs as a
 * whole word or phrase in one of the resource's keywords, subjects ({@code schema:about}: text, or the names
 * and labels of a subject node or concept) or names. Each rule that applies adds one
 * {@code schema:educationalAlignment} naming the module and the rule ({@code oerfed:alignmentRule}); running
 * the aligner again adds nothing.
 */
public final class IctCftAligner implements RecordEnricher {
    /** The framework's name as alignments give it in {@code schema:educationalFramework}. */
    public static final String FRAMEWORK = "UNESCO ICT Competency Framework for Teachers, version 3";

    static final Property EDUCATIONAL_ALIGNMENT = schema("educationalAlignment");
    static final Resource ALIGNMENT_OBJECT = ResourceFactory.createResource(Schema.NS + "AlignmentObject");
    static final Property ALIGNMENT_TYPE = schema("alignmentType");
    static final Property EDUCATIONAL_FRAMEWORK = schema("educationalFramework");
    static final Property TARGET_URL = schema("targetUrl");
    static final Property TARGET_NAME = schema("targetName");
    static final Property EDUCATIONAL_ROLE = schema("educationalRole");
    static final Property AUDIENCE_TYPE = schema("audienceType");
    /** Which documented rule made an alignment. */
    static final Property ALIGNMENT_RULE = ResourceFactory.createProperty(Oerfed.NS, "alignmentRule");

    private static final List<Property> ROLE_PROPERTIES = List.of(EDUCATIONAL_ROLE, AUDIENCE_TYPE);
    private static final List<Property> LABEL_PROPERTIES = List.of(Schema.name, SKOS.prefLabel, SKOS.altLabel, RDFS.label);

    private final IctCftRules rules;
    private final Model concepts;

    /**
     * @param rules    the rules, roles and modules, usually {@link IctCftRules#bundled()}
     * @param concepts where the labels of concepts a resource links to are found (the vocabularies); the
     *                 resource's own graph is always searched first
     */
    public IctCftAligner(IctCftRules rules, Model concepts) {
        this.rules = rules;
        this.concepts = concepts;
    }

    @Override
    public void enrich(Resource resource) {
        if (!forTeachers(resource)) return;
        List<String> values = values(resource);
        for (IctCftRule rule : rules.rules()) {
            if (values.stream().anyMatch(rule::matches) && !alignedBy(resource, rule.id())) align(resource, rule);
        }
    }

    private boolean forTeachers(Resource resource) {
        for (RDFNode audience : objects(resource, Schema.audience)) {
            if (isTeacher(audience)) return true;
            if (!audience.isResource()) continue;
            for (Property role : ROLE_PROPERTIES) {
                if (objects(audience.asResource(), role).stream().anyMatch(this::isTeacher)) return true;
            }
        }
        return false;
    }

    private boolean isTeacher(RDFNode role) {
        if (role.isLiteral()) return rules.isTeacherRole(role.asLiteral().getLexicalForm());
        if (role.isURIResource() && rules.isTeacherRoleIri(role.asResource().getURI())) return true;
        return role.isURIResource() && labels(role.asResource()).stream().anyMatch(rules::isTeacherRole);
    }

    /** Folded keywords, subjects and names, one item each. */
    private List<String> values(Resource resource) {
        List<String> values = new ArrayList<>();
        for (RDFNode keyword : objects(resource, Schema.keywords)) {
            if (keyword.isLiteral()) values.addAll(IctCftText.items(keyword.asLiteral().getLexicalForm()));
        }
        for (RDFNode subject : objects(resource, Schema.about)) {
            if (subject.isLiteral()) values.addAll(IctCftText.items(subject.asLiteral().getLexicalForm()));
            else labels(subject.asResource()).forEach(label -> values.add(IctCftText.fold(label)));
        }
        for (RDFNode name : objects(resource, Schema.name)) {
            if (name.isLiteral()) values.add(IctCftText.fold(name.asLiteral().getLexicalForm()));
        }
        return values;
    }

    /** The names and labels of a node, from the resource's graph and, for a concept, from the vocabularies. */
    private List<String> labels(Resource node) {
        List<String> labels = new ArrayList<>();
        for (Property property : LABEL_PROPERTIES) {
            objects(node, property).stream().filter(RDFNode::isLiteral)
                    .forEach(label -> labels.add(label.asLiteral().getLexicalForm()));
            if (node.isURIResource()) {
                concepts.listObjectsOfProperty(concepts.createResource(node.getURI()), property)
                        .filterKeep(RDFNode::isLiteral)
                        .forEach(label -> labels.add(label.asLiteral().getLexicalForm()));
            }
        }
        return labels;
    }

    private static boolean alignedBy(Resource resource, String ruleId) {
        return objects(resource, EDUCATIONAL_ALIGNMENT).stream()
                .filter(RDFNode::isResource)
                .anyMatch(alignment -> alignment.asResource().hasLiteral(ALIGNMENT_RULE, ruleId));
    }

    private void align(Resource resource, IctCftRule rule) {
        Model model = resource.getModel();
        Resource alignment = model.createResource()
                .addProperty(RDF.type, ALIGNMENT_OBJECT)
                .addProperty(ALIGNMENT_TYPE, "teaches")
                .addProperty(EDUCATIONAL_FRAMEWORK, FRAMEWORK)
                .addProperty(TARGET_URL, model.createResource(Vocabulary.ICT_CFT.conceptUri(rule.module())))
                .addProperty(TARGET_NAME, rules.moduleName(rule.module()))
                .addProperty(ALIGNMENT_RULE, rule.id());
        resource.addProperty(EDUCATIONAL_ALIGNMENT, alignment);
    }

    private static List<RDFNode> objects(Resource subject, Property property) {
        return subject.listProperties(property).mapWith(Statement::getObject).toList();
    }

    private static Property schema(String local) {
        return ResourceFactory.createProperty(Schema.NS, local);
    }
}
