package org.oerfed.graph.normalise;

import static org.oerfed.graph.normalise.LomElements.all;
import static org.oerfed.graph.normalise.LomElements.children;
import static org.oerfed.graph.normalise.LomElements.first;
import static org.oerfed.graph.normalise.LomElements.localName;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.graph.normalise.LomElements.LangString;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Schema;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Maps IEEE LOM (1484.12.1 XML binding, namespace {@code http://ltsc.ieee.org/xsd/LOM}) and the profiles built
 * on it (LOMFR, LOM-ES, Normetic, HS-OER-LOM, and IMS-style LOM without a namespace) into schema.org/LRMI. The
 * record is a {@code lom} element, or a wrapper whose child is one; elements are matched by local name in any
 * namespace and case ({@link LomElements}), so the dialects differ only in what they say. Controlled values
 * are written as literals, tagged where the record gives their language, for the concept linker to resolve:
 * <ul>
 *   <li>general: title → {@code schema:name}; description → {@code schema:description}; keyword →
 *       {@code schema:keywords}; language → {@code schema:inLanguage} (else {@code dct:language}); coverage →
 *       {@code dct:coverage}; identifier → {@code schema:identifier} ({@code doi:…}, {@code hdl:…} or as given),
 *       with DOIs and handles also as {@code schema:sameAs} of their resolver URL, and a web URL as
 *       {@code schema:mainEntityOfPage} (the catalogue's page of the resource);</li>
 *   <li>lifecycle: version → {@code schema:version}; each contribute's entity (a vCard, or a plain name) →
 *       {@code schema:creator} (role author), {@code schema:publisher} (publisher) or {@code schema:contributor}
 *       (every other role), as a {@code schema:Person} or {@code schema:Organization}; the author's date →
 *       {@code schema:dateCreated}, the publisher's → {@code schema:datePublished};</li>
 *   <li>technical: one {@code schema:encoding} {@code schema:MediaObject} with every format
 *       ({@code schema:encodingFormat}), size ({@code schema:contentSize}, bytes, {@code xsd:integer}), the
 *       first web location ({@code schema:contentUrl}) and duration ({@code schema:duration},
 *       {@code xsd:duration}); the first web location is also the resource's {@code schema:url};</li>
 *   <li>educational: context → {@code schema:educationalLevel}; typicalAgeRange → {@code schema:typicalAgeRange};
 *       learningResourceType → {@code schema:learningResourceType} (and the concept's id, where a profile
 *       gives a web URI, as an IRI); intendedEndUserRole → {@code schema:audience} of a
 *       {@code schema:EducationalAudience} with that {@code schema:educationalRole}; interactivityType →
 *       {@code schema:interactivityType}; typicalLearningTime → {@code schema:timeRequired}
 *       ({@code xsd:duration}); difficulty → {@link #DIFFICULTY};</li>
 *   <li>rights: cost → {@code schema:isAccessibleForFree} (the inverse); copyrightAndOtherRestrictions →
 *       {@link #COPYRIGHT_RESTRICTED}; description → {@code schema:license} when it is, or mentions, a
 *       licence URL or names a Creative Commons licence, and kept as {@code dct:rights} text otherwise;</li>
 *   <li>relation: isbasedon → {@code schema:isBasedOn}, ispartof → {@code schema:isPartOf}, haspart →
 *       {@code schema:hasPart} (an IRI where the identifier is a URL, DOI or handle), others →
 *       {@code dct:relation};</li>
 *   <li>classification: the most specific taxon of each taxonPath → {@code schema:about} (its entry, and its id
 *       as an IRI when a web URI, else as a literal when there is no entry); with purpose
 *       "educational level" → {@code schema:educationalLevel} instead; classification keywords →
 *       {@code schema:keywords}.</li>
 * </ul>
 * A record that is not well-formed XML, has no {@code lom} element, or has no title fails with a RECORD fault.
 * One instance answers to one metadata prefix; register one per prefix a partner uses ({@link #PREFIXES}).
 */
public final class LomNormaliser implements Normaliser {
    /** The prefixes partners publish LOM and its profiles under. */
    public static final List<String> PREFIXES = List.of("lom", "oai_lom", "ieee_lom", "lomfr", "lom-fr", "lomes", "lom-es",
            "normetic", "hs-oer-lom");
    /** LOM 5.8 difficulty, which schema.org and DC Terms have no term for; the LOM value as a literal. */
    public static final Property DIFFICULTY = ResourceFactory.createProperty(Oerfed.NS, "difficulty");
    /** LOM 6.2 copyrightAndOtherRestrictions, as {@code xsd:boolean}. */
    public static final Property COPYRIGHT_RESTRICTED = ResourceFactory.createProperty(Oerfed.NS, "copyrightAndOtherRestrictions");

    private static final Set<String> AUTHOR_ROLES = Set.of("author", "auteur", "autor", "creator");
    private static final Set<String> PUBLISHER_ROLES = Set.of("publisher", "éditeur", "editeur", "editor/publisher");

    private final String metadataPrefix;
    private final HardenedXml xml;
    private final LanguageCodes languages;
    private final LomElements lom;
    private final Identifiers identifiers;
    private final Rights rights;
    private final Agents agents;
    private final LicenseUris urls;

    /** @param metadataPrefix the prefix this instance answers to, e.g. {@code lom} or {@code lomfr} */
    public LomNormaliser(String metadataPrefix, HardenedXml xml, LanguageCodes languages, LicenseUris licences) {
        this.metadataPrefix = metadataPrefix;
        this.xml = xml;
        this.languages = languages;
        this.lom = new LomElements(new LanguageTags(languages));
        this.identifiers = new Identifiers(licences);
        this.rights = new Rights(licences);
        this.agents = new Agents(licences);
        this.urls = licences;
    }

    @Override
    public String metadataPrefix() {
        return metadataPrefix;
    }

    /** @throws OerfedException RECORD when the metadata is not LOM as said above */
    @Override
    public void describe(HarvestedRecord record, Resource resource) {
        String metadata = record.metadata().orElseThrow(() -> new IllegalArgumentException("a deleted record has no metadata"));
        Element root = lomElement(record, parse(record, metadata));
        for (Element general : children(root, "general")) general(general, resource);
        if (!resource.hasProperty(Schema.name)) {
            throw OerfedException.record(record.sourceId(), record.identifier(),
                    "LOM metadata has no general/title, expected at least one", null);
        }
        for (Element lifecycle : children(root, "lifecycle")) lifecycle(lifecycle, resource);
        for (Element technical : children(root, "technical")) technical(technical, resource);
        for (Element educational : children(root, "educational")) educational(educational, resource);
        for (Element r : children(root, "rights")) rights(r, resource);
        for (Element relation : children(root, "relation")) relation(relation, resource);
        for (Element classification : children(root, "classification")) classification(classification, resource);
    }

    private Document parse(HarvestedRecord record, String metadata) {
        try {
            return xml.parse(metadata);
        } catch (SAXException e) {
            throw OerfedException.record(record.sourceId(), record.identifier(),
                    "LOM metadata is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The {@code lom} element: the root, or the root's child in wrappers such as HS-OER-LOM's {@code metadata}. */
    private static Element lomElement(HarvestedRecord record, Document document) {
        Element root = document.getDocumentElement();
        if (localName(root).equalsIgnoreCase("lom")) return root;
        return first(root, "lom").orElseThrow(() -> OerfedException.record(record.sourceId(), record.identifier(),
                "metadata has the root {" + root.getNamespaceURI() + "}" + localName(root) + ", expected a LOM record ({"
                        + "http://ltsc.ieee.org/xsd/LOM}lom or a profile's lom element)", null));
    }

    private void general(Element general, Resource r) {
        Model m = r.getModel();
        lom.langStrings(general, "title").forEach(s -> r.addLiteral(Schema.name, text(m, s)));
        lom.langStrings(general, "description").forEach(s -> r.addLiteral(Schema.description, text(m, s)));
        lom.langStrings(general, "keyword").forEach(s -> r.addLiteral(Schema.keywords, text(m, s)));
        lom.langStrings(general, "coverage").forEach(s -> r.addLiteral(DCTerms.coverage, text(m, s)));
        for (Element language : children(general, "language")) {
            String value = language.getTextContent().strip();
            if (value.isEmpty()) continue;
            languages.normalise(value).ifPresentOrElse(code -> r.addLiteral(Schema.inLanguage, m.createLiteral(code)),
                    () -> r.addLiteral(DCTerms.language, m.createLiteral(value)));
        }
        for (Element identifier : children(general, "identifier")) {
            Optional<String> catalog = LomElements.text(identifier, "catalog");
            for (LangString entry : lom.langStrings(identifier, "entry")) identifier(entry.text(), catalog, r);
        }
    }

    private void identifier(String value, Optional<String> catalog, Resource r) {
        Model m = r.getModel();
        Identifiers.Identifier id = identifiers.read(value, catalog);
        switch (id.kind()) {
            case DOI, HANDLE -> {
                r.addLiteral(Schema.identifier, m.createLiteral(id.literal()));
                r.addProperty(Schema.sameAs, m.createResource(id.url().orElseThrow()));
            }
            case WEB_URL -> r.addProperty(Schema.mainEntityOfPage, m.createResource(id.literal()));
            case OTHER -> r.addLiteral(Schema.identifier, m.createLiteral(id.literal()));
        }
    }

    private void lifecycle(Element lifecycle, Resource r) {
        Model m = r.getModel();
        lom.langStrings(lifecycle, "version").forEach(s -> r.addLiteral(Schema.version, m.createLiteral(s.text())));
        for (Element contribute : children(lifecycle, "contribute")) {
            String role = all(contribute, "role").stream().flatMap(e -> lom.values(e).stream()).findFirst()
                    .map(s -> s.text().toLowerCase(Locale.ROOT)).orElse("");
            Property property = AUTHOR_ROLES.contains(role) ? Schema.creator
                    : PUBLISHER_ROLES.contains(role) ? Schema.publisher : Schema.contributor;
            for (Element entity : entities(contribute)) {
                String text = entity.getTextContent().strip();
                if (text.isEmpty()) continue;
                Optional<Resource> agent = VCard.isVCard(text) ? agents.fromVCard(m, VCard.parse(text))
                        : Optional.of(property == Schema.publisher ? agents.organisation(m, text) : agents.person(m, text));
                agent.ifPresent(a -> r.addProperty(property, a));
            }
            Property dated = property == Schema.creator ? Schema.dateCreated : property == Schema.publisher ? Schema.datePublished : null;
            if (dated != null && !r.hasProperty(dated)) {
                all(contribute, "date").stream().flatMap(d -> children(d, "dateTime").stream()).findFirst()
                        .flatMap(d -> Dates.literal(m, d.getTextContent())).ifPresent(date -> r.addLiteral(dated, date));
            }
        }
    }

    /** IEEE's {@code entity}, IMS's {@code centity/vcard}. */
    private static List<Element> entities(Element contribute) {
        List<Element> entities = new ArrayList<>(children(contribute, "entity"));
        for (Element centity : children(contribute, "centity")) {
            List<Element> vcards = children(centity, "vcard");
            entities.addAll(vcards.isEmpty() ? List.of(centity) : vcards);
        }
        return entities;
    }

    private void technical(Element technical, Resource r) {
        Model m = r.getModel();
        Resource media = m.createResource(Schema.MediaObject);
        for (Element format : children(technical, "format")) {
            String value = format.getTextContent().strip();
            if (!value.isEmpty()) media.addLiteral(Schema.encodingFormat, m.createLiteral(value));
        }
        LomElements.text(technical, "size").filter(s -> s.matches("[0-9]{1,18}"))
                .ifPresent(size -> media.addLiteral(Schema.contentSize, m.createTypedLiteral(size, XSDDatatype.XSDinteger)));
        children(technical, "location").stream().map(l -> l.getTextContent().strip()).filter(urls::isWebUrl).findFirst()
                .ifPresent(url -> {
                    media.addProperty(Schema.contentUrl, m.createResource(url));
                    if (!r.hasProperty(Schema.url)) r.addProperty(Schema.url, m.createResource(url));
                });
        first(technical, "duration").flatMap(d -> duration(m, d)).ifPresent(d -> media.addLiteral(Schema.duration, d));
        if (media.listProperties().toList().size() > 1) {
            r.addProperty(Schema.encoding, media);
        } else {
            media.removeProperties();
        }
    }

    /** A LOM Duration: IEEE's {@code <duration><duration>PT1H</duration>}, IMS's {@code <datetime>00:31:33</datetime>}. */
    private static Optional<Literal> duration(Model m, Element element) {
        Element value = first(element, "duration").or(() -> first(element, "datetime")).orElse(element);
        return Durations.iso8601(value.getTextContent()).map(d -> m.createTypedLiteral(d, XSDDatatype.XSDduration));
    }

    private void educational(Element educational, Resource r) {
        Model m = r.getModel();
        for (Element context : children(educational, "context")) {
            lom.values(context).forEach(s -> r.addLiteral(Schema.educationalLevel, text(m, s)));
        }
        lom.langStrings(educational, "typicalAgeRange").forEach(s -> r.addLiteral(Schema.typicalAgeRange, m.createLiteral(s.text())));
        for (Element type : children(educational, "learningResourceType")) {
            lom.values(type).forEach(s -> r.addLiteral(Schema.learningResourceType, text(m, s)));
            conceptId(type).ifPresent(id -> r.addProperty(Schema.learningResourceType, m.createResource(id)));
        }
        for (Element role : children(educational, "intendedEndUserRole")) {
            for (LangString s : lom.values(role)) {
                r.addProperty(Schema.audience, m.createResource(Schema.EducationalAudience).addLiteral(Schema.educationalRole, text(m, s)));
            }
        }
        for (Element interactivity : children(educational, "interactivityType")) {
            lom.values(interactivity).forEach(s -> r.addLiteral(Schema.interactivityType, text(m, s)));
        }
        for (Element difficulty : children(educational, "difficulty")) {
            lom.values(difficulty).forEach(s -> r.addLiteral(DIFFICULTY, text(m, s)));
        }
        first(educational, "typicalLearningTime").flatMap(t -> duration(m, t)).ifPresent(d -> r.addLiteral(Schema.timeRequired, d));
    }

    /** The web URI a profile gives a concept by ({@code <id>}), if any. */
    private Optional<String> conceptId(Element element) {
        return LomElements.text(element, "id").filter(urls::isWebUrl);
    }

    private void rights(Element element, Resource r) {
        Model m = r.getModel();
        first(element, "cost").flatMap(c -> lom.values(c).stream().findFirst()).map(s -> s.text().toLowerCase(Locale.ROOT))
                .filter(v -> v.equals("yes") || v.equals("no"))
                .ifPresent(v -> r.addLiteral(Schema.isAccessibleForFree, m.createTypedLiteral(v.equals("no"))));
        first(element, "copyrightAndOtherRestrictions").flatMap(c -> lom.values(c).stream().findFirst())
                .map(s -> s.text().toLowerCase(Locale.ROOT)).filter(v -> v.equals("yes") || v.equals("no"))
                .ifPresent(v -> r.addLiteral(COPYRIGHT_RESTRICTED, m.createTypedLiteral(v.equals("yes"))));
        // HS-OER-LOM tags a licence URL with the private-use language x-t-cc-url, which gives no tag
        lom.langStrings(element, "description").forEach(s -> rights.add(s.text(), s.tagOrNull(), r));
    }

    private void relation(Element relation, Resource r) {
        Model m = r.getModel();
        String kind = first(relation, "kind").flatMap(k -> lom.values(k).stream().findFirst())
                .map(s -> s.text().toLowerCase(Locale.ROOT).replace(" ", "")).orElse("");
        Property property = switch (kind) {
            case "isbasedon" -> Schema.isBasedOn;
            case "ispartof" -> Schema.isPartOf;
            case "haspart" -> Schema.hasPart;
            default -> DCTerms.relation;
        };
        for (Element resource : children(relation, "resource")) {
            for (Element identifier : all(resource, "identifier")) {
                Optional<String> catalog = LomElements.text(identifier, "catalog");
                for (LangString entry : lom.langStrings(identifier, "entry")) {
                    Identifiers.Identifier id = identifiers.read(entry.text(), catalog);
                    r.addProperty(property, id.url().<RDFNode>map(m::createResource)
                            .orElseGet(() -> m.createLiteral(id.literal())));
                }
            }
        }
    }

    private void classification(Element classification, Resource r) {
        Model m = r.getModel();
        boolean level = first(classification, "purpose").flatMap(p -> lom.values(p).stream().findFirst())
                .map(s -> s.text().toLowerCase(Locale.ROOT).replace(" ", "")).filter(p -> p.equals("educationallevel")).isPresent();
        Property property = level ? Schema.educationalLevel : Schema.about;
        for (Element path : children(classification, "taxonPath")) {
            List<Element> taxa = children(path, "taxon");
            if (taxa.isEmpty()) continue;
            Element taxon = taxa.get(taxa.size() - 1);
            List<LangString> entries = lom.langStrings(taxon, "entry");
            entries.forEach(s -> r.addLiteral(property, text(m, s)));
            Optional<String> id = LomElements.text(taxon, "id");
            if (id.filter(urls::isWebUrl).isPresent()) {
                r.addProperty(property, m.createResource(id.get()));
            } else if (entries.isEmpty()) {
                id.ifPresent(i -> r.addLiteral(property, m.createLiteral(i)));
            }
        }
        lom.langStrings(classification, "keyword").forEach(s -> r.addLiteral(Schema.keywords, text(m, s)));
    }

    private static Literal text(Model m, LangString s) {
        return s.tag().map(t -> m.createLiteral(s.text(), t)).orElseGet(() -> m.createLiteral(s.text()));
    }
}
