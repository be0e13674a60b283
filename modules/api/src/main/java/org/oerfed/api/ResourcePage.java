package org.oerfed.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Schema;

/**
 * A resource's description as an HTML page for people: its names in every language, each property with its
 * values (linked, with the labels of the concepts they name), then the records it was built from, each
 * with its provenance. Every value is escaped; each text carries its language.
 */
final class ResourcePage {
    private final Model description;
    private final Resource resource;
    private final String id;

    ResourcePage(Model description, String resourceUri, String id) {
        this.description = description;
        this.resource = description.createResource(resourceUri);
        this.id = id;
    }

    String render() {
        List<Literal> names = literals(resource, Schema.name);
        String title = names.stream().filter(n -> n.getLanguage().startsWith("en")).findFirst()
                .or(() -> names.stream().findFirst()).map(Literal::getLexicalForm).orElse(id);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        body.append("<p>").append(Html.link(resource.getURI(), resource.getURI())).append("</p>\n");
        if (!names.isEmpty()) {
            body.append("<section aria-labelledby=\"names\">\n<h2 id=\"names\">Names</h2>\n<ul>\n");
            for (Literal name : names) body.append("<li>").append(text(name)).append("</li>\n");
            body.append("</ul>\n</section>\n");
        }
        body.append("<section aria-labelledby=\"properties\">\n<h2 id=\"properties\">Description</h2>\n");
        body.append(properties(resource, List.of(Schema.name)));
        body.append("</section>\n");
        List<Resource> records = description.listSubjectsWithProperty(Oerfed.describes, resource).toList();
        records.sort(Comparator.comparing(Resource::getURI));
        body.append("<section aria-labelledby=\"records\">\n<h2 id=\"records\">Records</h2>\n");
        body.append("<p>What each source said about this resource is kept in a named graph of its own.</p>\n");
        for (Resource record : records) {
            body.append("<h3>").append(Html.link(record.getURI(), record.getURI())).append("</h3>\n");
            body.append(properties(record, List.of()));
        }
        body.append("</section>\n");
        body.append("<footer>\n<p>Also as: ");
        List<String> links = new ArrayList<>();
        for (RdfRepresentation r : RdfRepresentation.values()) {
            if (r == RdfRepresentation.HTML) continue;
            links.add("<a href=\"" + Html.escape(id + "." + r.extension()) + "\" type=\"" + r.mediaTypes().get(0) + "\">"
                    + r.mediaTypes().get(0) + "</a>");
        }
        body.append(String.join(", ", links)).append("</p>\n</footer>\n");
        StringBuilder head = new StringBuilder();
        for (RdfRepresentation r : RdfRepresentation.values()) {
            if (r == RdfRepresentation.HTML) continue;
            head.append("<link rel=\"alternate\" type=\"").append(r.mediaTypes().get(0)).append("\" href=\"")
                    .append(Html.escape(id + "." + r.extension())).append("\">\n");
        }
        return Html.page(title, head.toString(), body.toString());
    }

    private String properties(Resource subject, List<Property> skipped) {
        List<Statement> statements = subject.listProperties().filterDrop(s -> skipped.contains(s.getPredicate())).toList();
        statements.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI()).thenComparing(s -> s.getObject().toString()));
        StringBuilder dl = new StringBuilder("<dl>\n");
        Property current = null;
        for (Statement statement : statements) {
            if (!statement.getPredicate().equals(current)) {
                current = statement.getPredicate();
                dl.append("<dt>").append(Html.escape(description.shortForm(current.getURI()))).append("</dt>\n");
            }
            dl.append("<dd>").append(value(statement.getObject())).append("</dd>\n");
        }
        return dl.append("</dl>\n").toString();
    }

    private String value(RDFNode node) {
        if (node.isLiteral()) return text(node.asLiteral());
        if (node.isAnon()) return "(a blank node)";
        Resource target = node.asResource();
        Optional<Literal> label = label(target);
        String uri = target.getURI();
        if (label.isEmpty()) return Html.link(uri, description.shortForm(uri));
        Literal l = label.get();
        String linked = Html.link(uri, l.getLexicalForm());
        return l.getLanguage().isEmpty() ? linked : "<span lang=\"" + Html.escape(l.getLanguage()) + "\">" + linked + "</span>";
    }

    /** The English label, else any label, of something the resource points to. */
    private Optional<Literal> label(Resource target) {
        List<Literal> labels = new ArrayList<>();
        for (Property p : List.of(SKOS.prefLabel, RDFS.label, Schema.name)) labels.addAll(literals(target, p));
        return labels.stream().filter(l -> l.getLanguage().startsWith("en")).findFirst().or(() -> labels.stream().findFirst());
    }

    private List<Literal> literals(Resource subject, Property property) {
        List<Literal> values = new ArrayList<>(subject.listProperties(property).filterKeep(s -> s.getObject().isLiteral())
                .mapWith(Statement::getLiteral).toList());
        values.sort(Comparator.comparing(Literal::getLanguage).thenComparing(Literal::getLexicalForm));
        return values;
    }

    private static String text(Literal literal) {
        String escaped = Html.escape(literal.getLexicalForm());
        return literal.getLanguage().isEmpty() ? escaped : "<span lang=\"" + Html.escape(literal.getLanguage()) + "\">" + escaped + "</span>";
    }
}
