package org.oerfed.graph.normalise;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.oerfed.graph.vocab.Schema;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Maps simple Dublin Core (oai_dc) into schema.org/LRMI. Values keep their {@code xml:lang}; languages and
 * Creative Commons licences are normalised to one code or URI each; values that cannot be interpreted are
 * kept as DC Terms literals rather than dropped.
 */
public final class OaiDcNormaliser implements Normaliser {
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final Pattern DOI = Pattern.compile("(?i)^(?:doi:|https?://(?:dx\\.)?doi\\.org/)?(10\\.\\d{4,9}/\\S+)$");

    private final HardenedXml xml;
    private final LanguageCodes languages;
    private final LicenseUris licences;

    public OaiDcNormaliser(HardenedXml xml, LanguageCodes languages, LicenseUris licences) {
        this.xml = xml;
        this.languages = languages;
        this.licences = licences;
    }

    @Override
    public String metadataPrefix() {
        return "oai_dc";
    }

    @Override
    public void describe(HarvestedRecord record, Resource resource) {
        String metadata = record.metadata().orElseThrow(() -> new IllegalArgumentException("a deleted record has no metadata"));
        Document document;
        try {
            document = xml.parse(metadata);
        } catch (SAXException e) {
            throw OerfedException.record(record.sourceId(), record.identifier(),
                    "oai_dc metadata is not well-formed XML: " + e.getMessage(), e);
        }
        boolean titled = false;
        NodeList children = document.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (!(node instanceof Element element) || !DC.equals(element.getNamespaceURI())) continue;
            String value = element.getTextContent().strip();
            if (value.isEmpty()) continue;
            titled |= map(element.getLocalName(), value, langOf(element), resource);
        }
        if (!titled) {
            throw OerfedException.record(record.sourceId(), record.identifier(),
                    "oai_dc metadata has no dc:title, expected at least one", null);
        }
    }

    /** @return whether the element was a title */
    private boolean map(String element, String value, String lang, Resource r) {
        Model m = r.getModel();
        switch (element) {
            case "title" -> {
                r.addLiteral(Schema.name, text(m, value, lang));
                return true;
            }
            case "description" -> r.addLiteral(Schema.description, text(m, value, lang));
            case "subject" -> r.addLiteral(Schema.keywords, text(m, value, lang));
            case "language" -> languages.normalise(value).ifPresentOrElse(
                    code -> r.addLiteral(Schema.inLanguage, m.createLiteral(code)),
                    () -> r.addLiteral(DCTerms.language, m.createLiteral(value)));
            case "rights" -> rights(value, lang, r);
            case "identifier" -> identifier(value, r);
            case "date" -> date(value, r);
            case "type" -> r.addLiteral(Schema.learningResourceType, text(m, value, lang));
            case "format" -> r.addLiteral(Schema.encodingFormat, m.createLiteral(value));
            case "creator" -> r.addLiteral(DCTerms.creator, m.createLiteral(value));
            case "contributor" -> r.addLiteral(DCTerms.contributor, m.createLiteral(value));
            case "publisher" -> r.addLiteral(DCTerms.publisher, m.createLiteral(value));
            case "source" -> r.addLiteral(DCTerms.source, m.createLiteral(value));
            case "relation" -> r.addLiteral(DCTerms.relation, m.createLiteral(value));
            case "coverage" -> r.addLiteral(DCTerms.coverage, text(m, value, lang));
            default -> { /* not a DC element: nothing to map */ }
        }
        return false;
    }

    private void rights(String value, String lang, Resource r) {
        Optional<String> cc = licences.creativeCommons(value);
        if (cc.isPresent()) {
            r.addProperty(Schema.license, r.getModel().createResource(cc.get()));
        } else if (licences.isWebUrl(value)) {
            r.addProperty(Schema.license, r.getModel().createResource(value.strip()));
        } else {
            r.addLiteral(DCTerms.rights, text(r.getModel(), value, lang));
        }
    }

    private void identifier(String value, Resource r) {
        Model m = r.getModel();
        var doi = DOI.matcher(value);
        if (doi.matches()) {
            r.addProperty(Schema.sameAs, m.createResource("https://doi.org/" + doi.group(1)));
            r.addLiteral(Schema.identifier, m.createLiteral("doi:" + doi.group(1)));
        } else if (licences.isWebUrl(value)) {
            // the first web address is where a learner opens the resource; later ones are other identifiers
            Property property = r.hasProperty(Schema.url) ? Schema.sameAs : Schema.url;
            r.addProperty(property, m.createResource(value));
        } else {
            r.addLiteral(Schema.identifier, m.createLiteral(value));
        }
    }

    private void date(String value, Resource r) {
        Model m = r.getModel();
        Literal literal;
        try {
            if (value.length() == 4) {
                literal = m.createTypedLiteral(Year.parse(value).toString(), XSDDatatype.XSDgYear);
            } else {
                literal = m.createTypedLiteral(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value).toString(),
                        XSDDatatype.XSDdate);
            }
        } catch (DateTimeParseException e) {
            r.addLiteral(DCTerms.date, m.createLiteral(value));
            return;
        }
        r.addLiteral(Schema.dateCreated, literal);
    }

    private static Literal text(Model m, String value, String lang) {
        return lang == null ? m.createLiteral(value) : m.createLiteral(value, lang);
    }

    private String langOf(Element element) {
        String lang = element.getAttributeNS(XML_NS, "lang");
        if (lang == null || lang.isBlank()) return null;
        return lang.strip();
    }
}
