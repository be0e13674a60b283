package org.oerfed.graph.projection;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.oerfed.graph.vocab.Schema;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.vocab.Oerfed;

/**
 * Projects a resource's graph into the flat document a search engine indexes. The graph stays the truth;
 * the document only carries what search, facets and a hit list need.
 */
public final class SearchDocumentProjection {

    /** Projects a resource that one record describes. */
    public SearchDocument project(RecordGraph graph) {
        return project(ResourceView.of(graph));
    }

    /** Projects a resource from every record that describes it; see {@link ResourceView} for precedence. */
    public SearchDocument project(ResourceView view) {
        RecordGraph graph = view.records().get(0);
        Model model = graph.model();
        Resource record = model.getResource(graph.graphUri());
        Resource resource = record.getPropertyResourceValue(Oerfed.describes);
        if (resource == null) throw new IllegalArgumentException("record graph " + graph.graphUri() + " describes no resource");
        List<String> languages = model.listObjectsOfProperty(resource, Schema.inLanguage).toList().stream()
                .filter(RDFNode::isLiteral).map(n -> n.asLiteral().getLexicalForm()).distinct().sorted().toList();
        String preferredLanguage = languages.isEmpty() ? "" : languages.get(0);
        return new SearchDocument(
                view.resourceId(),
                preferredText(resource, Schema.name, preferredLanguage).orElse(""),
                preferredText(resource, Schema.description, preferredLanguage).orElse(""),
                uri(resource, Schema.url).orElse(""),
                languages,
                uri(resource, Schema.license).orElse(""),
                record.getProperty(Oerfed.sourceId).getString());
    }

    /**
     * A resource may be titled in several languages: show the one in the resource's own language, else one
     * without a tag, else the first by tag, so the choice is the same on every run.
     */
    private static Optional<String> preferredText(Resource resource, Property property, String language) {
        return resource.listProperties(property).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .min(Comparator.comparingInt((Literal l) -> rank(l.getLanguage(), language))
                        .thenComparing(Literal::getLanguage)
                        .thenComparing(Literal::getLexicalForm))
                .map(Literal::getLexicalForm);
    }

    private static int rank(String tag, String language) {
        if (!language.isEmpty() && (tag.equalsIgnoreCase(language) || tag.toLowerCase().startsWith(language + "-"))) return 0;
        return tag.isEmpty() ? 1 : 2;
    }

    private static Optional<String> uri(Resource resource, Property property) {
        return resource.listProperties(property).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isURIResource)
                .map(n -> n.asResource().getURI())
                .sorted()
                .findFirst();
    }
}
