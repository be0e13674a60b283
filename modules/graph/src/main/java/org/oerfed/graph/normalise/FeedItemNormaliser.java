package org.oerfed.graph.normalise;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.graph.vocab.Schema;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Maps OERfed's feed-item format (one RSS or Atom item, as the feed harvester writes it; the format is
 * documented on {@code org.oerfed.harvest.feeds.FeedItemFormat}) into the same schema.org/LRMI model as
 * {@link OaiDcNormaliser}:
 * <ul>
 *   <li>{@code title} and {@code description} → {@code schema:name} and {@code schema:description}, tagged
 *       with the item's language when it names one {@link LanguageCodes} knows;</li>
 *   <li>{@code language} → {@code schema:inLanguage} (one code), else kept as {@code dct:language};</li>
 *   <li>{@code link} → {@code schema:url} and {@code schema:mainEntityOfPage}; without a web link, an {@code id}
 *       that is a web URL → {@code schema:url};</li>
 *   <li>{@code published} → {@code schema:dateCreated}, {@code updated} → {@code schema:dateModified}, as
 *       {@code xsd:dateTime}; a value that is no date is kept as {@code dct:date};</li>
 *   <li>{@code license} and {@code rights} → {@code schema:license} when they name a Creative Commons
 *       licence (canonical URI) or are another web URL (kept), else {@code dct:rights} text;</li>
 *   <li>{@code category} → {@code schema:keywords}; {@code author} → {@code dct:creator};</li>
 *   <li>each {@code media} → {@code schema:encoding} of a {@code schema:MediaObject} (a blank node, so that
 *       what one partner says about a file stays in its record graph) with {@code schema:contentUrl},
 *       {@code schema:encodingFormat} and {@code schema:contentSize} (the size in bytes, as
 *       {@code xsd:integer}).</li>
 * </ul>
 */
public final class FeedItemNormaliser implements Normaliser {
    static final String NS = "https://w3id.org/oerfed/feed-item#";

    private final HardenedXml xml;
    private final LanguageCodes languages;
    private final LicenseUris licences;

    public FeedItemNormaliser(HardenedXml xml, LanguageCodes languages, LicenseUris licences) {
        this.xml = xml;
        this.languages = languages;
        this.licences = licences;
    }

    /** {@code feed-item}. */
    @Override
    public String metadataPrefix() {
        return "feed-item";
    }

    /** @throws OerfedException RECORD when the metadata is not a feed-item document or has no title */
    @Override
    public void describe(HarvestedRecord record, Resource resource) {
        String metadata = record.metadata().orElseThrow(() -> new IllegalArgumentException("a deleted record has no metadata"));
        Map<String, List<Element>> fields = fields(record, parse(record, metadata));
        Model m = resource.getModel();

        Optional<String> language = first(fields, "language");
        Optional<String> code = language.flatMap(languages::normalise);
        String tag = code.orElse(null);
        language.ifPresent(l -> code.ifPresentOrElse(
                c -> resource.addLiteral(Schema.inLanguage, m.createLiteral(c)),
                () -> resource.addLiteral(DCTerms.language, m.createLiteral(l))));

        String title = first(fields, "title").orElseThrow(() -> OerfedException.record(record.sourceId(), record.identifier(),
                "feed-item metadata has no title, expected one", null));
        resource.addLiteral(Schema.name, text(m, title, tag));
        first(fields, "description").ifPresent(d -> resource.addLiteral(Schema.description, text(m, d, tag)));
        Optional<String> link = first(fields, "link").filter(licences::isWebUrl);
        link.or(() -> first(fields, "id").filter(licences::isWebUrl))
                .ifPresent(url -> resource.addProperty(Schema.url, m.createResource(url)));
        // an item's link is the page that presents it: the same landing page the other formats give
        link.ifPresent(url -> resource.addProperty(Schema.mainEntityOfPage, m.createResource(url)));
        first(fields, "published").ifPresent(d -> date(Schema.dateCreated, d, resource));
        first(fields, "updated").ifPresent(d -> date(Schema.dateModified, d, resource));
        all(fields, "author").forEach(a -> resource.addLiteral(DCTerms.creator, m.createLiteral(a)));
        all(fields, "category").forEach(c -> resource.addLiteral(Schema.keywords, m.createLiteral(c)));
        all(fields, "license").forEach(l -> rights(l, tag, resource));
        all(fields, "rights").forEach(r -> rights(r, tag, resource));
        for (Element media : fields.getOrDefault("media", List.of())) media(media, resource);
    }

    private Document parse(HarvestedRecord record, String metadata) {
        try {
            return xml.parse(metadata);
        } catch (SAXException e) {
            throw OerfedException.record(record.sourceId(), record.identifier(),
                    "feed-item metadata is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The root's children in the feed-item namespace, by name, in document order. */
    private static Map<String, List<Element>> fields(HarvestedRecord record, Document document) {
        Element root = document.getDocumentElement();
        if (!NS.equals(root.getNamespaceURI()) || !"item".equals(root.getLocalName())) {
            throw OerfedException.record(record.sourceId(), record.identifier(), "feed-item metadata has the root {"
                    + root.getNamespaceURI() + "}" + root.getLocalName() + ", expected {" + NS + "}item", null);
        }
        Map<String, List<Element>> fields = new LinkedHashMap<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (node instanceof Element element && NS.equals(element.getNamespaceURI())) {
                fields.computeIfAbsent(element.getLocalName(), k -> new ArrayList<>()).add(element);
            }
        }
        return fields;
    }

    private void rights(String value, String tag, Resource r) {
        Optional<String> cc = licences.creativeCommons(value);
        if (cc.isPresent()) {
            r.addProperty(Schema.license, r.getModel().createResource(cc.get()));
        } else if (licences.isWebUrl(value)) {
            r.addProperty(Schema.license, r.getModel().createResource(value));
        } else {
            r.addLiteral(DCTerms.rights, text(r.getModel(), value, tag));
        }
    }

    private void media(Element media, Resource r) {
        String url = media.getAttribute("url").strip();
        // contentUrl is a web address; a file the feed names by anything else cannot be fetched by anyone
        if (!licences.isWebUrl(url)) return;
        Model m = r.getModel();
        Resource object = m.createResource(Schema.MediaObject).addProperty(Schema.contentUrl, m.createResource(url));
        String type = media.getAttribute("type").strip();
        if (!type.isEmpty()) object.addLiteral(Schema.encodingFormat, m.createLiteral(type));
        String length = media.getAttribute("length").strip();
        if (length.matches("[0-9]{1,18}")) {
            object.addLiteral(Schema.contentSize, m.createTypedLiteral(length, XSDDatatype.XSDinteger));
        }
        r.addProperty(Schema.encoding, object);
    }

    private static void date(Property property, String value, Resource r) {
        Model m = r.getModel();
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            try {
                instant = OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException notADate) {
                r.addLiteral(DCTerms.date, m.createLiteral(value));
                return;
            }
        }
        r.addLiteral(property, m.createTypedLiteral(instant.toString(), XSDDatatype.XSDdateTime));
    }

    private static Optional<String> first(Map<String, List<Element>> fields, String name) {
        return all(fields, name).stream().findFirst();
    }

    /** The non-blank texts of the named fields, stripped. */
    private static List<String> all(Map<String, List<Element>> fields, String name) {
        return fields.getOrDefault(name, List.of()).stream()
                .map(e -> e.getTextContent().strip()).filter(t -> !t.isEmpty()).toList();
    }

    private static Literal text(Model m, String value, String tag) {
        return tag == null ? m.createLiteral(value) : m.createLiteral(value, tag);
    }
}
