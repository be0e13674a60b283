package org.oerfed.graph.projection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.LocalizedText;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.concepts.Vocabulary;
import org.oerfed.graph.projection.ConceptCatalogue.Concept;
import org.oerfed.graph.vocab.Oerfed;
import org.oerfed.graph.vocab.Schema;

/**
 * Projects a resource's graph into the document a search engine indexes. The graph stays the truth; the
 * document carries what search, facets and a hit list need, read from every record graph of the resource
 * (see {@link ResourceView} for precedence):
 * <ul>
 *   <li>shown title, description and link: each from the first record that has one, the title and description
 *       in the resource's own language where it has several; modified: the latest {@code schema:dateModified},
 *       else the latest creation or publication date;</li>
 *   <li>facets, from every record: the sources and their countries, the languages ({@code dct:language}
 *       concepts and {@code schema:inLanguage}), the licences and whether they are open, the ISCED levels,
 *       the ISCED-F fields with every broader field, the resource types, the media types, the accessibility
 *       features, the year;</li>
 *   <li>texts: every title, description and keyword of every record in its own language, and every label of
 *       every concept the resource has as subject, level, type or licence, in every language the vocabularies
 *       have, so that a search in any language finds it.</li>
 * </ul>
 * A partial record (no title, no licence) projects to a partial document: the ingester validates records, the
 * projection never refuses one. Thread-safe.
 */
public final class SearchDocumentProjection {
    /** {@code schema:accessibilityFeature}: what makes the resource accessible ({@code captions}, …). */
    static final Property ACCESSIBILITY_FEATURE = ResourceFactory.createProperty(Schema.NS, "accessibilityFeature");
    /** ISO 639 codes that name no language: undetermined, multiple, no linguistic content, uncoded. */
    private static final Set<String> NO_LANGUAGE = Set.of("und", "mul", "zxx", "mis");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final Comparator<Literal> BY_TAG_THEN_TEXT =
            Comparator.comparing(Literal::getLanguage).thenComparing(Literal::getLexicalForm);

    private final ConceptCatalogue concepts;
    private final SourceCountries countries;

    /**
     * @param concepts  the concepts of the bundled vocabularies, for facet values, hierarchies and labels
     * @param countries the country of each source
     */
    public SearchDocumentProjection(ConceptCatalogue concepts, SourceCountries countries) {
        this.concepts = concepts;
        this.countries = countries;
    }

    /** Projects a resource that one record describes. */
    public SearchDocument project(RecordGraph graph) {
        return project(ResourceView.of(graph));
    }

    /** Projects a resource from every record that describes it. */
    public SearchDocument project(ResourceView view) {
        List<Described> records = view.records().stream().map(this::described).toList();
        Set<String> languages = new TreeSet<>();
        records.forEach(r -> languages.addAll(r.languages()));
        List<Resource> descriptions = records.stream().map(Described::resource).filter(Objects::nonNull).toList();
        Collected collected = new Collected();
        for (Described record : records) collect(record, languages, collected);
        ResourceDates.year(descriptions).ifPresent(year -> collected.facet(Facet.YEAR, year));
        return new SearchDocument(view.resourceId(),
                shown(records, Schema.name, languages),
                shown(records, Schema.description, languages),
                url(records),
                ResourceDates.modified(descriptions),
                collected.facets,
                collected.texts());
    }

    private void collect(Described record, Set<String> resourceLanguages, Collected collected) {
        collected.facet(Facet.SOURCE, record.sourceId());
        if (!record.sourceId().isEmpty()) {
            countries.countryOf(record.sourceId()).ifPresent(c -> collected.facet(Facet.COUNTRY, c.strip().toUpperCase(Locale.ROOT)));
        }
        Resource resource = record.resource();
        if (resource == null) return;
        record.languages().forEach(code -> collected.facet(Facet.LANGUAGE, code));
        String untagged = untaggedLanguage(record.languages(), resourceLanguages);
        texts(resource, Schema.name, SearchField.TITLE, untagged, collected.titles);
        texts(resource, Schema.description, SearchField.DESCRIPTION, untagged, collected.descriptions);
        texts(resource, Schema.keywords, SearchField.KEYWORD, untagged, collected.keywords);
        for (Linked linked : Linked.values()) {
            for (RDFNode value : sorted(resource, linked.property)) {
                if (value.isLiteral()) {
                    // a value no concept matched is still what the source said: searchable as a keyword
                    if (linked.keepsUnmatched) text(SearchField.KEYWORD, value.asLiteral(), untagged).ifPresent(collected.keywords::add);
                } else if (value.isURIResource()) {
                    String uri = value.asResource().getURI();
                    Optional<Concept> concept = concepts.concept(linked.vocabulary, uri);
                    concept.ifPresent(c -> collected.concept(linked, c));
                    // a licence no concept knows still filters: its URI is the value, its openness unknown
                    if (linked == Linked.LICENSE && concept.isEmpty()) collected.facet(Facet.LICENSE, uri);
                }
            }
        }
        formats(resource, collected);
        for (RDFNode feature : sorted(resource, ACCESSIBILITY_FEATURE)) collected.facet(Facet.ACCESSIBILITY, accessibilityFeature(feature));
    }

    /** What the records of one resource give, gathered record by record in precedence order. */
    private static final class Collected {
        private final EnumMap<Facet, List<String>> facets = new EnumMap<>(Facet.class);
        /** By code, so that a concept several records name is there once, in the same order on every run. */
        private final Map<SearchField, Map<String, Concept>> concepts = new EnumMap<>(SearchField.class);
        private final Set<LocalizedText> titles = new LinkedHashSet<>();
        private final Set<LocalizedText> descriptions = new LinkedHashSet<>();
        private final Set<LocalizedText> keywords = new LinkedHashSet<>();

        void facet(Facet facet, String value) {
            if (!value.isBlank()) facets.computeIfAbsent(facet, f -> new ArrayList<>()).add(value);
        }

        /** A subject counts for each of its broader fields too, so that a broad field finds everything under it. */
        void concept(Linked linked, Concept concept) {
            concepts.computeIfAbsent(linked.field, f -> new TreeMap<>()).put(concept.code(), concept);
            facet(linked.facet, concept.code());
            if (linked == Linked.SUBJECT) concept.broaderCodes().forEach(code -> facet(Facet.SUBJECT, code));
            concept.open().ifPresent(open -> facet(Facet.OPEN_LICENSE, open.toString()));
        }

        /**
         * The sources' own texts, then the labels of the concepts. Labels of the concept itself, not of its
         * broader ones: "Mathematics and statistics" on every resource about algebra would make "statistics" find
         * them all, and the subject facet already covers the hierarchy.
         */
        List<LocalizedText> texts() {
            Set<LocalizedText> texts = new LinkedHashSet<>(titles);
            texts.addAll(descriptions);
            texts.addAll(keywords);
            concepts.values().forEach(byCode -> byCode.values().forEach(c -> texts.addAll(c.labels())));
            return List.copyOf(texts);
        }
    }

    /** The properties whose values {@link org.oerfed.graph.concepts.ConceptLinker} links to concepts, as search reads them. */
    private enum Linked {
        SUBJECT(Schema.about, Vocabulary.ISCED_FIELD, Facet.SUBJECT, SearchField.SUBJECT, true),
        LEVEL(Schema.educationalLevel, Vocabulary.ISCED_LEVEL, Facet.LEVEL, SearchField.LEVEL, true),
        TYPE(Schema.learningResourceType, Vocabulary.RESOURCE_TYPE, Facet.TYPE, SearchField.TYPE, true),
        // unmatched licence text ("all rights reserved") says nothing a learner searches for
        LICENSE(Schema.license, Vocabulary.LICENCE, Facet.LICENSE, SearchField.LICENSE, false);

        final Property property;
        final Vocabulary vocabulary;
        final Facet facet;
        final SearchField field;
        final boolean keepsUnmatched;

        Linked(Property property, Vocabulary vocabulary, Facet facet, SearchField field, boolean keepsUnmatched) {
            this.property = property;
            this.vocabulary = vocabulary;
            this.facet = facet;
            this.field = field;
            this.keepsUnmatched = keepsUnmatched;
        }
    }

    /**
     * One record graph as the projection reads it.
     *
     * @param sourceId  the source it came from; empty when the graph does not say
     * @param resource  the resource it describes; null when the graph names none
     * @param languages the codes of the languages it says the resource is in
     */
    private record Described(String sourceId, Resource resource, Set<String> languages) {
    }

    private Described described(RecordGraph graph) {
        Resource record = graph.model().getResource(graph.graphUri());
        Statement source = record.getProperty(Oerfed.sourceId);
        String sourceId = source != null && source.getObject().isLiteral() ? source.getString().strip() : "";
        Resource resource = record.getPropertyResourceValue(Oerfed.describes);
        return new Described(sourceId, resource, resource == null ? Set.of() : languages(resource));
    }

    /** From the language concepts and from the BCP 47 tags: a normaliser links only the languages it could read. */
    private Set<String> languages(Resource resource) {
        Set<String> codes = new TreeSet<>();
        for (Statement statement : resource.listProperties(DCTerms.language).toList()) {
            if (statement.getObject().isURIResource()) {
                concepts.concept(Vocabulary.LANGUAGE, statement.getResource().getURI()).ifPresent(c -> codes.add(c.code()));
            }
        }
        for (Statement statement : resource.listProperties(Schema.inLanguage).toList()) {
            if (statement.getObject().isLiteral()) languageCode(statement.getString()).ifPresent(codes::add);
        }
        return codes;
    }

    /**
     * The facet value of a language tag: its primary subtag as the language scheme codes it ({@code en-GB} is
     * {@code en}, {@code fra} is {@code fr}); a well-formed code the scheme lacks as it is.
     */
    private Optional<String> languageCode(String tag) {
        String primary = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = primary.indexOf('-');
        if (dash >= 0) primary = primary.substring(0, dash);
        if (!LANGUAGE_CODE.matcher(primary).matches() || NO_LANGUAGE.contains(primary)) return Optional.empty();
        String code = primary;
        return concepts.language(primary).map(Concept::code).or(() -> Optional.of(code));
    }

    /** The language of a text the source did not tag: the record's, or the resource's, when there is only one. */
    private static String untaggedLanguage(Set<String> recordLanguages, Set<String> resourceLanguages) {
        Set<String> languages = recordLanguages.isEmpty() ? resourceLanguages : recordLanguages;
        return languages.size() == 1 ? languages.iterator().next() : "";
    }

    private static void texts(Resource resource, Property property, SearchField field, String untagged, Set<LocalizedText> into) {
        for (RDFNode value : sorted(resource, property)) {
            if (value.isLiteral()) text(field, value.asLiteral(), untagged).ifPresent(into::add);
        }
    }

    private static Optional<LocalizedText> text(SearchField field, Literal literal, String untagged) {
        String text = literal.getLexicalForm().strip();
        if (text.isEmpty()) return Optional.empty();
        return Optional.of(new LocalizedText(field, literal.getLanguage().isEmpty() ? untagged : literal.getLanguage(), text));
    }

    /** The title or description shown: the first record's that has one, in the resource's own language. */
    private String shown(List<Described> records, Property property, Set<String> resourceLanguages) {
        for (Described record : records) {
            if (record.resource() == null) continue;
            Set<String> own = record.languages().isEmpty() ? resourceLanguages : record.languages();
            Optional<String> text = record.resource().listProperties(property).toList().stream()
                    .map(Statement::getObject)
                    .filter(RDFNode::isLiteral)
                    .map(RDFNode::asLiteral)
                    .filter(l -> !l.getLexicalForm().isBlank())
                    .min(Comparator.comparingInt((Literal l) -> rank(l.getLanguage(), own)).thenComparing(BY_TAG_THEN_TEXT))
                    .map(l -> l.getLexicalForm().strip());
            if (text.isPresent()) return text.get();
        }
        return "";
    }

    /** In one of the resource's languages first, then untagged, then any other: the same choice on every run. */
    private int rank(String tag, Set<String> languages) {
        if (tag.isEmpty()) return 1;
        return languageCode(tag).filter(languages::contains).isPresent() ? 0 : 2;
    }

    private static String url(List<Described> records) {
        for (Described record : records) {
            if (record.resource() == null) continue;
            Optional<String> url = sorted(record.resource(), Schema.url).stream()
                    .filter(RDFNode::isURIResource).map(n -> n.asResource().getURI()).findFirst();
            if (url.isPresent()) return url.get();
        }
        return "";
    }

    /** Media types of the resource and of its files ({@code schema:encoding} media objects). */
    private static void formats(Resource resource, Collected collected) {
        List<Resource> holders = new ArrayList<>(List.of(resource));
        for (RDFNode encoding : sorted(resource, Schema.encoding)) {
            if (encoding.isResource()) holders.add(encoding.asResource());
        }
        for (Resource holder : holders) {
            for (RDFNode format : sorted(holder, Schema.encodingFormat)) {
                if (format.isAnon()) continue;
                String value = format.isURIResource() ? format.asResource().getURI() : format.asLiteral().getLexicalForm();
                MediaTypes.normalise(value).ifPresent(type -> collected.facet(Facet.FORMAT, type));
            }
        }
    }

    /** schema.org writes the features as text; a source that gives them as schema.org URIs means the same. */
    private static String accessibilityFeature(RDFNode feature) {
        if (feature.isLiteral()) return feature.asLiteral().getLexicalForm().strip();
        if (!feature.isURIResource()) return "";
        String uri = feature.asResource().getURI();
        return uri.substring(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#')) + 1);
    }

    /** A property's values in a stable order: a model lists them in no defined one. */
    private static List<RDFNode> sorted(Resource resource, Property property) {
        List<RDFNode> values = new ArrayList<>();
        resource.listProperties(property).forEachRemaining(s -> values.add(s.getObject()));
        if (values.size() > 1) values.sort(Comparator.comparing(SearchDocumentProjection::sortKey));
        return values;
    }

    private static String sortKey(RDFNode node) {
        if (node.isLiteral()) return "1" + node.asLiteral().getLanguage() + "\u0000" + node.asLiteral().getLexicalForm();
        if (node.isURIResource()) return "0" + node.asResource().getURI();
        return "2";
    }
}
