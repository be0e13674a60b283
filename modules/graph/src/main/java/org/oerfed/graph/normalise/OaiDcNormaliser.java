package org.oerfed.graph.normalise;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
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
 * Maps simple Dublin Core (oai_dc) into schema.org/LRMI. Values keep their {@code xml:lang} (as a BCP 47 tag:
 * {@code eng} → {@code en}); languages (ISO 639-1, 639-2/B and /T, 639-3, BCP 47, names) and Creative Commons
 * licences are normalised to one code or URI each; values that cannot be interpreted are kept as DC Terms
 * literals rather than dropped.
 * <ul>
 *   <li>identifier: a DOI or handle (bare, {@code doi:}/{@code hdl:}, or its resolver URL) → {@code schema:identifier}
 *       {@code doi:…}/{@code hdl:…} and {@code schema:sameAs} its resolver URL; the first other web URL →
 *       {@code schema:url} and {@code schema:mainEntityOfPage} (repositories give their landing page), later
 *       ones → {@code schema:sameAs}; anything else → {@code schema:identifier};</li>
 *   <li>rights: a licence URL or Creative Commons name → {@code schema:license}, other text →
 *       {@code dct:rights};</li>
 *   <li>type → {@code schema:learningResourceType}, subject → {@code schema:keywords}, as literals for the concept
 *       linker; creator, contributor and publisher stay {@code dct:} literals, since oai_dc does not say whether
 *       they name a person or an organisation.</li>
 * </ul>
 */
public final class OaiDcNormaliser implements Normaliser {
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final HardenedXml xml;
    private final LanguageCodes languages;
    private final LanguageTags tags;
    private final Identifiers identifiers;
    private final Rights rights;

    public OaiDcNormaliser(HardenedXml xml, LanguageCodes languages, LicenseUris licences) {
        this.xml = xml;
        this.languages = languages;
        this.tags = new LanguageTags(languages);
        this.identifiers = new Identifiers(licences);
        this.rights = new Rights(licences);
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
            case "rights" -> rights.add(value, lang, r);
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

    private void identifier(String value, Resource r) {
        Model m = r.getModel();
        Identifiers.Identifier id = identifiers.read(value);
        switch (id.kind()) {
            case DOI, HANDLE -> {
                r.addProperty(Schema.sameAs, m.createResource(id.url().orElseThrow()));
                r.addLiteral(Schema.identifier, m.createLiteral(id.literal()));
            }
            case WEB_URL -> {
                // the first web address is the record's landing page, where a learner opens the resource; later
                // ones are other identifiers
                if (r.hasProperty(Schema.url)) {
                    r.addProperty(Schema.sameAs, m.createResource(value));
                } else {
                    r.addProperty(Schema.url, m.createResource(value));
                    r.addProperty(Schema.mainEntityOfPage, m.createResource(value));
                }
            }
            case OTHER -> r.addLiteral(Schema.identifier, m.createLiteral(value));
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

    /** The element's {@code xml:lang} as a BCP 47 tag ({@code eng} → {@code en}), or null when it names no language. */
    private String langOf(Element element) {
        return tags.tag(element.getAttributeNS(XML_NS, "lang")).orElse(null);
    }
}
