package org.oerfed.graph.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
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
 * Maps the DataCite Metadata Schema (kernel 4, and kernel 3, which names the same elements) into
 * schema.org/LRMI. The record is a {@code resource} element in a DataCite kernel namespace, bare or inside a
 * wrapper such as {@code oai_datacite}'s {@code payload}:
 * <ul>
 *   <li>identifier (DOI) → {@code schema:identifier} {@code doi:…}, and its resolver URL
 *       {@code https://doi.org/…} as {@code schema:sameAs}, {@code schema:mainEntityOfPage} (a DOI resolves to
 *       the landing page) and {@code schema:url};</li>
 *   <li>titles → {@code schema:name} (AlternativeTitle and Subtitle → {@code schema:alternateName}), with
 *       {@code xml:lang}; descriptions of type Abstract or Other → {@code schema:description}, TableOfContents →
 *       {@code dct:tableOfContents};</li>
 *   <li>creators → {@code schema:creator}, contributors → {@code schema:contributor}: a {@code schema:Person}
 *       (nameType Personal or absent) or {@code schema:Organization} (Organizational) with {@code schema:name},
 *       {@code schema:givenName}, {@code schema:familyName}, ORCID/ROR/URL name identifiers as
 *       {@code schema:sameAs} and affiliations as {@code schema:affiliation}; publisher →
 *       {@code schema:publisher} {@code schema:Organization};</li>
 *   <li>dates: Created → {@code schema:dateCreated}, Updated → {@code schema:dateModified}, Issued (else
 *       publicationYear) → {@code schema:datePublished};</li>
 *   <li>subjects with a subjectScheme, schemeURI or valueURI → {@code schema:about} (the text, and the valueURI
 *       as an IRI), others → {@code schema:keywords};</li>
 *   <li>language → {@code schema:inLanguage}; resourceTypeGeneral → {@code schema:learningResourceType}, the free
 *       resourceType text → {@code dct:type};</li>
 *   <li>alternateIdentifiers → {@code schema:identifier}, a DOI or handle also, and a web URL only, as
 *       {@code schema:sameAs}; relatedIdentifiers IsDerivedFrom and IsVariantFormOf →
 *       {@code schema:isBasedOn}, IsPartOf → {@code schema:isPartOf}, HasPart → {@code schema:hasPart}, others →
 *       {@code dct:relation};</li>
 *   <li>formats and sizes → one {@code schema:encoding} {@code schema:MediaObject} with
 *       {@code schema:encodingFormat} and {@code schema:contentSize} (DataCite sizes are free text);</li>
 *   <li>rightsList: rightsURI, else rightsIdentifier, else the text → {@code schema:license} when it names a
 *       licence; the eu-repo access rights ({@code info:eu-repo/semantics/openAccess} …) →
 *       {@code dct:accessRights}; other text → {@code dct:rights};</li>
 *   <li>version → {@code schema:version}.</li>
 * </ul>
 * A record that is not well-formed XML, holds no DataCite resource, or has no title fails with a RECORD fault.
 */
public final class DataCiteNormaliser implements Normaliser {
    /** The prefixes data centres publish DataCite under. */
    public static final List<String> PREFIXES = List.of("oai_datacite", "datacite", "oai_datacite4", "datacite4");
    static final String KERNEL = "http://datacite.org/schema/kernel-";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final String metadataPrefix;
    private final HardenedXml xml;
    private final LanguageCodes languages;
    private final LanguageTags tags;
    private final Identifiers identifiers;
    private final Rights rights;
    private final Agents agents;
    private final LicenseUris licences;

    /** @param metadataPrefix the prefix this instance answers to, e.g. {@code oai_datacite} */
    public DataCiteNormaliser(String metadataPrefix, HardenedXml xml, LanguageCodes languages, LicenseUris licences) {
        this.metadataPrefix = metadataPrefix;
        this.xml = xml;
        this.languages = languages;
        this.tags = new LanguageTags(languages);
        this.identifiers = new Identifiers(licences);
        this.rights = new Rights(licences);
        this.agents = new Agents(licences);
        this.licences = licences;
    }

    @Override
    public String metadataPrefix() {
        return metadataPrefix;
    }

    /** @throws OerfedException RECORD when the metadata is not DataCite as said above */
    @Override
    public void describe(HarvestedRecord record, Resource r) {
        String metadata = record.metadata().orElseThrow(() -> new IllegalArgumentException("a deleted record has no metadata"));
        Element resource = resourceElement(record, parse(record, metadata));
        Model m = r.getModel();
        for (Element title : all(resource, "titles", "title")) {
            String type = title.getAttribute("titleType").toLowerCase(Locale.ROOT);
            Property property = type.equals("alternativetitle") || type.equals("subtitle") ? Schema.alternateName : Schema.name;
            text(title).ifPresent(t -> r.addLiteral(property, tagged(m, t, title)));
        }
        if (!r.hasProperty(Schema.name)) {
            throw OerfedException.record(record.sourceId(), record.identifier(),
                    "DataCite metadata has no titles/title, expected at least one", null);
        }
        for (Element id : children(resource, "identifier")) {
            text(id).ifPresent(value -> {
                Identifiers.Identifier read = identifiers.read(value, Optional.of(id.getAttribute("identifierType")));
                r.addLiteral(Schema.identifier, m.createLiteral(read.literal()));
                read.url().ifPresent(url -> {
                    r.addProperty(Schema.sameAs, m.createResource(url));
                    r.addProperty(Schema.mainEntityOfPage, m.createResource(url));
                    if (!r.hasProperty(Schema.url)) r.addProperty(Schema.url, m.createResource(url));
                });
            });
        }
        for (Element description : all(resource, "descriptions", "description")) {
            String type = description.getAttribute("descriptionType").toLowerCase(Locale.ROOT);
            Property property = type.equals("tableofcontents") ? DCTerms.tableOfContents
                    : type.isEmpty() || type.equals("abstract") || type.equals("other") ? Schema.description : null;
            if (property != null) text(description).ifPresent(t -> r.addLiteral(property, tagged(m, t, description)));
        }
        all(resource, "creators", "creator").forEach(c -> agent(c, "creatorName", Schema.creator, r));
        all(resource, "contributors", "contributor").forEach(c -> agent(c, "contributorName", Schema.contributor, r));
        children(resource, "publisher").forEach(p -> text(p).ifPresent(name -> r.addProperty(Schema.publisher, agents.organisation(m, name))));
        dates(resource, r);
        subjects(resource, r);
        children(resource, "language").forEach(l -> text(l).ifPresent(value -> languages.normalise(value).ifPresentOrElse(
                code -> r.addLiteral(Schema.inLanguage, m.createLiteral(code)), () -> r.addLiteral(DCTerms.language, m.createLiteral(value)))));
        for (Element type : children(resource, "resourceType")) {
            String general = type.getAttribute("resourceTypeGeneral").strip();
            if (!general.isEmpty()) r.addLiteral(Schema.learningResourceType, m.createLiteral(general));
            text(type).ifPresent(t -> r.addLiteral(DCTerms.type, m.createLiteral(t)));
        }
        for (Element alternate : all(resource, "alternateIdentifiers", "alternateIdentifier")) {
            text(alternate).ifPresent(value -> {
                Identifiers.Identifier read = identifiers.read(value, Optional.of(alternate.getAttribute("alternateIdentifierType")));
                if (read.kind() != Identifiers.Kind.WEB_URL) r.addLiteral(Schema.identifier, m.createLiteral(read.literal()));
                read.url().ifPresent(url -> r.addProperty(Schema.sameAs, m.createResource(url)));
            });
        }
        all(resource, "relatedIdentifiers", "relatedIdentifier").forEach(related -> related(related, r));
        media(resource, r);
        all(resource, "rightsList", "rights").forEach(right -> rights(right, r));
        children(resource, "version").forEach(v -> text(v).ifPresent(t -> r.addLiteral(Schema.version, m.createLiteral(t))));
    }

    private Document parse(HarvestedRecord record, String metadata) {
        try {
            return xml.parse(metadata);
        } catch (SAXException e) {
            throw OerfedException.record(record.sourceId(), record.identifier(),
                    "DataCite metadata is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The first {@code resource} element in a DataCite kernel namespace: the root, or inside a wrapper. */
    private static Element resourceElement(HarvestedRecord record, Document document) {
        Element root = document.getDocumentElement();
        if (isDataCite(root) && "resource".equals(root.getLocalName())) return root;
        NodeList resources = document.getElementsByTagNameNS("*", "resource");
        for (int i = 0; i < resources.getLength(); i++) {
            if (resources.item(i) instanceof Element e && isDataCite(e)) return e;
        }
        throw OerfedException.record(record.sourceId(), record.identifier(), "metadata has the root {" + root.getNamespaceURI() + "}"
                + root.getLocalName() + " and no DataCite resource, expected {" + KERNEL + "4}resource", null);
    }

    private static boolean isDataCite(Element e) {
        return e.getNamespaceURI() != null && e.getNamespaceURI().startsWith(KERNEL);
    }

    private void agent(Element element, String nameElement, Property property, Resource r) {
        Model m = r.getModel();
        Optional<Element> nameOf = children(element, nameElement).stream().findFirst();
        Optional<String> name = nameOf.flatMap(DataCiteNormaliser::text);
        if (name.isEmpty()) return;
        boolean organisation = nameOf.get().getAttribute("nameType").equalsIgnoreCase("Organizational");
        Resource agent = organisation ? agents.organisation(m, name.get()) : agents.person(m, name.get());
        if (!organisation) {
            children(element, "givenName").forEach(g -> text(g).ifPresent(t -> agent.addLiteral(Schema.givenName, m.createLiteral(t))));
            children(element, "familyName").forEach(f -> text(f).ifPresent(t -> agent.addLiteral(Schema.familyName, m.createLiteral(t))));
        }
        for (Element id : children(element, "nameIdentifier")) {
            text(id).flatMap(value -> nameIdentifierUrl(value, id.getAttribute("nameIdentifierScheme"), id.getAttribute("schemeURI")))
                    .ifPresent(url -> agent.addProperty(Schema.sameAs, m.createResource(url)));
        }
        for (Element affiliation : children(element, "affiliation")) {
            text(affiliation).ifPresent(a -> agent.addProperty(Schema.affiliation, agents.organisation(m, a)));
        }
        r.addProperty(property, agent);
    }

    /** An ORCID, ROR or ISNI as its URL; a value that already is a web URL as it is. */
    private Optional<String> nameIdentifierUrl(String value, String scheme, String schemeUri) {
        if (licences.isWebUrl(value)) return Optional.of(value);
        String base = switch (scheme.strip().toUpperCase(Locale.ROOT)) {
            case "ORCID" -> "https://orcid.org/";
            case "ROR" -> "https://ror.org/";
            case "ISNI" -> "https://isni.org/isni/";
            default -> licences.isWebUrl(schemeUri) ? (schemeUri.strip().endsWith("/") ? schemeUri.strip() : schemeUri.strip() + "/") : null;
        };
        return Optional.ofNullable(base).map(b -> b + value.replace(" ", ""));
    }

    private void dates(Element resource, Resource r) {
        Model m = r.getModel();
        for (Element date : all(resource, "dates", "date")) {
            Property property = switch (date.getAttribute("dateType").toLowerCase(Locale.ROOT)) {
                case "created" -> Schema.dateCreated;
                case "updated" -> Schema.dateModified;
                case "issued" -> Schema.datePublished;
                default -> null;
            };
            if (property == null || r.hasProperty(property)) continue;
            text(date).flatMap(t -> Dates.literal(m, t)).ifPresent(d -> r.addLiteral(property, d));
        }
        if (!r.hasProperty(Schema.datePublished)) {
            children(resource, "publicationYear").stream().flatMap(y -> text(y).stream()).findFirst()
                    .flatMap(y -> Dates.literal(m, y)).ifPresent(y -> r.addLiteral(Schema.datePublished, y));
        }
    }

    private void subjects(Element resource, Resource r) {
        Model m = r.getModel();
        for (Element subject : all(resource, "subjects", "subject")) {
            String valueUri = subject.getAttribute("valueURI").strip();
            boolean controlled = !subject.getAttribute("subjectScheme").isBlank() || !subject.getAttribute("schemeURI").isBlank()
                    || !valueUri.isEmpty();
            Optional<String> text = text(subject).or(() -> Optional.of(subject.getAttribute("classificationCode").strip())
                    .filter(c -> !c.isEmpty()));
            if (controlled) {
                text.ifPresent(t -> r.addLiteral(Schema.about, tagged(m, t, subject)));
                if (licences.isWebUrl(valueUri)) r.addProperty(Schema.about, m.createResource(valueUri));
            } else {
                text.ifPresent(t -> r.addLiteral(Schema.keywords, tagged(m, t, subject)));
            }
        }
    }

    private void related(Element related, Resource r) {
        Model m = r.getModel();
        Property property = switch (related.getAttribute("relationType").toLowerCase(Locale.ROOT)) {
            case "isderivedfrom", "isvariantformof" -> Schema.isBasedOn;
            case "ispartof" -> Schema.isPartOf;
            case "haspart" -> Schema.hasPart;
            default -> DCTerms.relation;
        };
        text(related).ifPresent(value -> {
            Identifiers.Identifier id = identifiers.read(value, Optional.of(related.getAttribute("relatedIdentifierType")));
            RDFNode object = id.url().<RDFNode>map(m::createResource).orElseGet(() -> m.createLiteral(id.literal()));
            r.addProperty(property, object);
        });
    }

    private static void media(Element resource, Resource r) {
        Model m = r.getModel();
        List<String> formats = new ArrayList<>();
        all(resource, "formats", "format").forEach(f -> text(f).ifPresent(formats::add));
        List<String> sizes = new ArrayList<>();
        all(resource, "sizes", "size").forEach(s -> text(s).ifPresent(sizes::add));
        if (formats.isEmpty() && sizes.isEmpty()) return;
        Resource media = m.createResource(Schema.MediaObject);
        formats.forEach(f -> media.addLiteral(Schema.encodingFormat, m.createLiteral(f)));
        sizes.forEach(s -> media.addLiteral(Schema.contentSize, m.createLiteral(s)));
        r.addProperty(Schema.encoding, media);
    }

    private void rights(Element right, Resource r) {
        Model m = r.getModel();
        String uri = right.getAttribute("rightsURI").strip();
        if (uri.startsWith("info:eu-repo/semantics/")) {
            r.addLiteral(DCTerms.accessRights, m.createLiteral(uri));
            return;
        }
        Optional<String> licence = licences.creativeCommons(uri).or(() -> licences.creativeCommons(right.getAttribute("rightsIdentifier")));
        if (licence.isPresent()) {
            r.addProperty(Schema.license, m.createResource(licence.get()));
        } else if (licences.isWebUrl(uri)) {
            r.addProperty(Schema.license, m.createResource(uri));
        } else {
            text(right).ifPresent(t -> rights.add(t, tag(right).orElse(null), r));
        }
    }

    private Literal tagged(Model m, String text, Element element) {
        return tag(element).map(t -> m.createLiteral(text, t)).orElseGet(() -> m.createLiteral(text));
    }

    private Optional<String> tag(Element element) {
        return tags.tag(element.getAttributeNS(XML_NS, "lang"));
    }

    private static Optional<String> text(Element element) {
        String text = element.getTextContent().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** Children in the resource's own namespace, by local name. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && name.equals(e.getLocalName()) && isDataCite(e)) found.add(e);
        }
        return found;
    }

    private static List<Element> all(Element parent, String wrapper, String name) {
        List<Element> found = new ArrayList<>();
        for (Element w : children(parent, wrapper)) found.addAll(children(w, name));
        return found;
    }
}
