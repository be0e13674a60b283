package org.oerfed.graph.concepts;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.oerfed.graph.normalise.LicenseUris;
import org.oerfed.graph.vocab.Schema;

/**
 * Links the controlled values a normaliser wrote to the concepts of OERfed's vocabularies, whatever the
 * record's format; runs after every normaliser. On each {@link ConceptProperty}, a literal (or a known
 * external URI such as an HCRT type) that denotes one concept is replaced by the concept's URI: the concept's
 * labels say the same in every language, so nothing the source said is lost. A value no concept matches stays
 * as it was, for the quality report to count. Besides:
 * <ul>
 *   <li>{@code schema:inLanguage} stays a BCP 47 literal and gets {@code dct:language <language concept>}
 *       next to it;</li>
 *   <li>a {@code schema:keywords} value that is, folded, the label of an ISCED-F field also gets
 *       {@code schema:about <field>}; the keyword stays;</li>
 *   <li>licence text no licence concept names is read by {@link LicenseUris}, which knows how Creative Commons
 *       licences are written.</li>
 * </ul>
 */
public final class ConceptLinker implements RecordEnricher {
    private final Vocabularies vocabularies;
    private final LicenseUris licences;

    public ConceptLinker(Vocabularies vocabularies, LicenseUris licences) {
        this.vocabularies = vocabularies;
        this.licences = licences;
    }

    @Override
    public void enrich(Resource resource) {
        for (ConceptProperty linked : ConceptProperty.ALL) {
            ConceptMatcher matcher = vocabularies.matcher(linked.vocabulary());
            if (matcher.size() == 0) continue;
            List<Resource> subjects = linked.onAudience()
                    ? resource.listProperties(Schema.audience).mapWith(Statement::getObject)
                            .filterKeep(RDFNode::isResource).mapWith(RDFNode::asResource).toList()
                    : List.of(resource);
            for (Resource subject : subjects) {
                for (Statement statement : subject.listProperties(linked.property()).toList()) {
                    concept(matcher, statement.getObject()).ifPresent(uri -> replace(statement, uri));
                }
            }
        }
        addLanguageConcepts(resource);
        addFieldsOfKeywords(resource);
        addLicenceOfRightsStatements(resource);
    }

    /**
     * A rights statement that names a licence in words ("Attribution-ShareAlike 4.0 International", "Namensnennung
     * 4.0 International (CC BY 4.0)") gives the resource that licence when no source said one as such; the
     * statement stays as the source wrote it.
     */
    private void addLicenceOfRightsStatements(Resource resource) {
        if (resource.hasProperty(Schema.license)) return;
        ConceptMatcher licenceConcepts = vocabularies.matcher(Vocabulary.LICENCE);
        if (licenceConcepts.size() == 0) return;
        resource.listProperties(DCTerms.rights).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isLiteral)
                .sorted(java.util.Comparator.comparing(node -> node.asLiteral().getLexicalForm()))
                .map(node -> concept(licenceConcepts, node))
                .flatMap(Optional::stream)
                .findFirst()
                .ifPresent(uri -> resource.addProperty(Schema.license, resource.getModel().createResource(uri)));
    }

    private Optional<String> concept(ConceptMatcher matcher, RDFNode value) {
        if (value.isURIResource()) {
            String uri = value.asResource().getURI();
            return matcher.isConcept(uri) ? Optional.empty() : matcher.match(uri);
        }
        if (!value.isLiteral()) return Optional.empty();
        String text = value.asLiteral().getLexicalForm();
        Optional<String> found = matcher.match(text);
        if (found.isEmpty() && matcher.vocabulary() == Vocabulary.LICENCE) {
            found = licences.creativeCommons(text).filter(matcher::isConcept);
        }
        return found;
    }

    private static void replace(Statement statement, String conceptUri) {
        Model model = statement.getModel();
        Resource subject = statement.getSubject();
        statement.remove();
        subject.addProperty(statement.getPredicate(), model.createResource(conceptUri));
    }

    private void addLanguageConcepts(Resource resource) {
        ConceptMatcher languages = vocabularies.matcher(Vocabulary.LANGUAGE);
        for (Statement statement : resource.listProperties(Schema.inLanguage).toList()) {
            if (!statement.getObject().isLiteral()) continue;
            languages.match(statement.getString())
                    .ifPresent(uri -> resource.addProperty(DCTerms.language, resource.getModel().createResource(uri)));
        }
    }

    private void addFieldsOfKeywords(Resource resource) {
        ConceptMatcher fields = vocabularies.matcher(Vocabulary.ISCED_FIELD);
        if (fields.size() == 0) return;
        for (Statement statement : resource.listProperties(Schema.keywords).toList()) {
            if (!statement.getObject().isLiteral()) continue;
            fields.matchLabel(statement.getString())
                    .ifPresent(uri -> resource.addProperty(Schema.about, resource.getModel().createResource(uri)));
        }
    }
}
