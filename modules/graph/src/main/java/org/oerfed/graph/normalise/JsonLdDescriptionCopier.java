package org.oerfed.graph.normalise;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.oerfed.graph.vocab.Schema;

/**
 * Copies what a JSON-LD document says about its main node onto the resource OERfed minted, with everything
 * reachable from it (creator, publisher, encoding, about, audience, … whether blank nodes or IRIs), and
 * normalises on the way what OERfed indexes:
 * <ul>
 *   <li>{@code https://schema.org/} terms become {@code http://schema.org/}, the one namespace of the graph;</li>
 *   <li>{@code schema:inLanguage} text becomes one {@link LanguageCodes} code, else {@code dct:language};</li>
 *   <li>{@code schema:license}: a Creative Commons licence (IRI or text) becomes its canonical URI, another web URL
 *       an IRI, other text {@code dct:rights};</li>
 *   <li>URL-valued properties ({@code url}, {@code sameAs}, {@code image}, …) written as text become IRIs when they
 *       are web URLs, since OERfed does not have schema.org's context to say so;</li>
 *   <li>{@code dateCreated}, {@code datePublished}, {@code dateModified} and {@code uploadDate} text becomes
 *       {@code xsd:date} or {@code xsd:dateTime}; text that is no date is kept as {@code dct:date}.</li>
 * </ul>
 * The main node's IRI, where the document refers to it, becomes the minted resource. Nodes reached through a
 * link to a document ({@code license}, {@code url}, {@code mainEntityOfPage}, …) are referred to but not described,
 * so that what a page says about itself and its site does not become the resource's.
 */
final class JsonLdDescriptionCopier {
    private static final String HTTPS_SCHEMA = "https://schema.org/";
    private static final Set<String> URL_PROPERTIES = Set.of("url", "sameAs", "mainEntityOfPage", "image", "thumbnailUrl",
            "contentUrl", "embedUrl", "targetUrl", "isBasedOnUrl", "discussionUrl");
    private static final Set<String> DATE_PROPERTIES = Set.of("dateCreated", "datePublished", "dateModified", "uploadDate");

    private final LanguageCodes languages;
    private final LicenseUris licences;

    JsonLdDescriptionCopier(LanguageCodes languages, LicenseUris licences) {
        this.languages = languages;
        this.licences = licences;
    }

    /** Copies {@code main}'s description (in its own model) onto {@code target}, leaving out the given mark. */
    void copy(Resource main, Resource target, Property mark) {
        Model to = target.getModel();
        Map<Resource, Resource> copies = new HashMap<>();
        copies.put(main, target);
        Deque<Resource> todo = new ArrayDeque<>(List.of(main));
        while (!todo.isEmpty()) {
            Resource subject = todo.pop();
            Resource copy = copies.get(subject);
            for (Statement statement : subject.listProperties().toList()) {
                if (statement.getPredicate().equals(mark)) continue;
                Property property = to.createProperty(schemaHttp(statement.getPredicate().getURI()));
                RDFNode object = statement.getObject();
                if (object.isLiteral()) {
                    literal(copy, property, object.asLiteral());
                    continue;
                }
                Resource node = object.asResource();
                Resource nodeCopy = copies.get(node);
                if (nodeCopy == null) {
                    nodeCopy = node.isAnon() ? to.createResource() : to.createResource(schemaHttp(node.getURI()));
                    copies.put(node, nodeCopy);
                    // a link to a document (the page, the licence) is not part of the description: what the
                    // document's own JSON-LD says about it (the page's name, its site) is not the resource's
                    if (node.isAnon() || !isLink(property)) todo.push(node);
                }
                if (property.equals(Schema.license)) {
                    copy.addProperty(property, nodeCopy.isURIResource()
                            ? to.createResource(licences.creativeCommons(nodeCopy.getURI()).orElse(nodeCopy.getURI())) : nodeCopy);
                } else {
                    copy.addProperty(property, nodeCopy);
                }
            }
        }
    }

    private void literal(Resource subject, Property property, Literal literal) {
        Model m = subject.getModel();
        String text = literal.getLexicalForm().strip();
        String local = property.getNameSpace().equals(Schema.NS) ? property.getLocalName() : "";
        boolean plain = literal.getDatatypeURI() == null || XSDDatatype.XSDstring.getURI().equals(literal.getDatatypeURI())
                || !literal.getLanguage().isEmpty();
        if (property.equals(Schema.inLanguage)) {
            languages.normalise(text).ifPresentOrElse(
                    code -> subject.addLiteral(Schema.inLanguage, m.createLiteral(code)),
                    () -> subject.addLiteral(DCTerms.language, m.createLiteral(text)));
        } else if (property.equals(Schema.license)) {
            Optional<String> cc = licences.creativeCommons(text);
            if (cc.isPresent()) subject.addProperty(Schema.license, m.createResource(cc.get()));
            else if (licences.isWebUrl(text)) subject.addProperty(Schema.license, m.createResource(text));
            else subject.addLiteral(DCTerms.rights, literal);
        } else if (plain && URL_PROPERTIES.contains(local) && licences.isWebUrl(text)) {
            subject.addProperty(property, m.createResource(text));
        } else if (plain && DATE_PROPERTIES.contains(local)) {
            date(subject, property, text, literal);
        } else {
            subject.addLiteral(property, literal);
        }
    }

    private static void date(Resource subject, Property property, String text, Literal original) {
        Model m = subject.getModel();
        try {
            if (text.length() == 10) {
                subject.addLiteral(property, m.createTypedLiteral(LocalDate.parse(text).toString(), XSDDatatype.XSDdate));
            } else {
                OffsetDateTime.parse(text); // only valid date-times are typed; the lexical form is kept as written
                subject.addLiteral(property, m.createTypedLiteral(text, XSDDatatype.XSDdateTime));
            }
        } catch (DateTimeParseException e) {
            subject.addLiteral(DCTerms.date, original);
        }
    }

    private static boolean isLink(Property property) {
        return property.equals(Schema.license)
                || (property.getNameSpace().equals(Schema.NS) && URL_PROPERTIES.contains(property.getLocalName()));
    }

    private static String schemaHttp(String uri) {
        return uri.startsWith(HTTPS_SCHEMA) ? Schema.NS + uri.substring(HTTPS_SCHEMA.length()) : uri;
    }
}
