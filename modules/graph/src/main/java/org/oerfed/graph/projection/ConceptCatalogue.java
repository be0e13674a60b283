package org.oerfed.graph.projection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.oerfed.core.search.LocalizedText;
import org.oerfed.core.search.SearchField;
import org.oerfed.graph.concepts.LicenceScheme;
import org.oerfed.graph.concepts.Vocabularies;
import org.oerfed.graph.concepts.Vocabulary;
import org.oerfed.graph.concepts.VocabularyGraph;

/**
 * Every concept of the bundled vocabularies as the search projection needs it, looked up by URI: its facet
 * value, the values of its broader concepts, its labels in every language as searchable texts, and for a
 * licence whether it is open. Built once at startup from the vocabularies' graphs, so that projecting a
 * record, which the harvest does thousands of times a second, never reads a concept from RDF. Immutable and
 * safe to share between threads.
 */
public final class ConceptCatalogue {
    private final Map<String, Concept> byUri;
    private final Map<String, Concept> languagesByCode;

    private ConceptCatalogue(Map<String, Concept> byUri, Map<String, Concept> languagesByCode) {
        this.byUri = byUri;
        this.languagesByCode = languagesByCode;
    }

    /** The catalogue of every concept of these vocabularies. */
    public static ConceptCatalogue of(Vocabularies vocabularies) {
        // a concept's broader concepts may come later in its graph: first every code, then every concept
        Map<String, String> codes = new HashMap<>();
        for (VocabularyGraph graph : vocabularies.graphs()) {
            for (Resource resource : conceptsOf(graph.model(), graph.vocabulary())) {
                codes.put(resource.getURI(), code(resource, graph.vocabulary()));
            }
        }
        Map<String, Concept> byUri = new HashMap<>();
        Map<String, Concept> languagesByCode = new HashMap<>();
        for (VocabularyGraph graph : vocabularies.graphs()) {
            Vocabulary vocabulary = graph.vocabulary();
            Map<String, Set<String>> broader = broader(graph.model());
            for (Resource resource : conceptsOf(graph.model(), vocabulary)) {
                String uri = resource.getURI();
                List<String> broaderCodes = ancestors(uri, broader).stream().map(codes::get).filter(Objects::nonNull).toList();
                Concept concept = new Concept(uri, vocabulary, codes.get(uri), broaderCodes, labels(resource, vocabulary),
                        open(resource, vocabulary));
                byUri.put(uri, concept);
                if (vocabulary == Vocabulary.LANGUAGE) {
                    // the deprecated codes (iw, in, ji) are hidden labels: sources still write them
                    for (Property property : List.of(SKOS.notation, SKOS.hiddenLabel)) {
                        resource.listProperties(property).forEachRemaining(s -> {
                            if (s.getObject().isLiteral()) {
                                languagesByCode.putIfAbsent(s.getString().toLowerCase(Locale.ROOT), concept);
                            }
                        });
                    }
                }
            }
        }
        return new ConceptCatalogue(Map.copyOf(byUri), Map.copyOf(languagesByCode));
    }

    /**
     * A catalogue without concepts: documents get no concept facets and no concept labels. For tests and tools
     * that do not link records to concepts; the service projects with {@link #of} the bundled vocabularies.
     */
    public static ConceptCatalogue empty() {
        return new ConceptCatalogue(Map.of(), Map.of());
    }

    /** The concept with this URI, of any vocabulary. */
    public Optional<Concept> concept(String uri) {
        return Optional.ofNullable(byUri.get(uri));
    }

    /** The concept with this URI if it is one of {@code vocabulary}'s. */
    public Optional<Concept> concept(Vocabulary vocabulary, String uri) {
        Concept concept = byUri.get(uri);
        return concept != null && concept.vocabulary() == vocabulary ? Optional.of(concept) : Optional.empty();
    }

    /** The language concept one of whose ISO 639 codes (any case) this is: {@code fr}, {@code fra}, {@code fre}. */
    public Optional<Concept> language(String code) {
        return Optional.ofNullable(languagesByCode.get(code.toLowerCase(Locale.ROOT)));
    }

    /** How many concepts the catalogue holds. */
    public int size() {
        return byUri.size();
    }

    /**
     * One concept.
     *
     * @param uri          the concept's URI
     * @param vocabulary   the vocabulary it belongs to
     * @param code         its facet value: for a licence its URI (the licence's canonical address); for any
     *                     other, the last segment of its URI, which the project's schemes make its notation
     *                     ({@code 0541}, {@code video}) or, for a language, its ISO 639-1 code (639-3 where
     *                     there is none)
     * @param broaderCodes the codes of every broader concept, transitively, nearest first
     * @param labels       every {@code skos:prefLabel} and {@code skos:altLabel}, as texts of the
     *                     {@link SearchField} the vocabulary's concepts fill (none for a vocabulary no field
     *                     holds, such as the languages)
     * @param open         for a licence, whether it is an open licence; empty for others
     */
    public record Concept(String uri, Vocabulary vocabulary, String code, List<String> broaderCodes,
                          List<LocalizedText> labels, Optional<Boolean> open) {
        public Concept {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(vocabulary, "vocabulary");
            Objects.requireNonNull(code, "code");
            broaderCodes = List.copyOf(broaderCodes);
            labels = List.copyOf(labels);
            Objects.requireNonNull(open, "open");
        }
    }

    /** The search field the labels of a vocabulary's concepts fill, or null. */
    static SearchField fieldOf(Vocabulary vocabulary) {
        return switch (vocabulary) {
            case ISCED_FIELD -> SearchField.SUBJECT;
            case ISCED_LEVEL -> SearchField.LEVEL;
            case RESOURCE_TYPE -> SearchField.TYPE;
            case LICENCE -> SearchField.LICENSE;
            default -> null;
        };
    }

    private static Set<Resource> conceptsOf(Model model, Vocabulary vocabulary) {
        Resource scheme = model.createResource(vocabulary.schemeUri());
        Set<Resource> concepts = new LinkedHashSet<>();
        model.listSubjectsWithProperty(SKOS.inScheme, scheme).forEachRemaining(concepts::add);
        model.listSubjectsWithProperty(SKOS.topConceptOf, scheme).forEachRemaining(concepts::add);
        concepts.removeIf(c -> !c.isURIResource());
        return concepts;
    }

    /** Direct broader concepts by URI, from {@code skos:broader} and the inverse {@code skos:narrower}. */
    private static Map<String, Set<String>> broader(Model model) {
        Map<String, Set<String>> broader = new HashMap<>();
        model.listStatements(null, SKOS.broader, (RDFNode) null).forEachRemaining(s -> {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()) {
                broader.computeIfAbsent(s.getSubject().getURI(), k -> new TreeSet<>()).add(s.getResource().getURI());
            }
        });
        model.listStatements(null, SKOS.narrower, (RDFNode) null).forEachRemaining(s -> {
            if (s.getSubject().isURIResource() && s.getObject().isURIResource()) {
                broader.computeIfAbsent(s.getResource().getURI(), k -> new TreeSet<>()).add(s.getSubject().getURI());
            }
        });
        return broader;
    }

    private static String code(Resource resource, Vocabulary vocabulary) {
        String uri = resource.getURI();
        if (vocabulary == Vocabulary.LICENCE) return uri;
        String base = vocabulary.schemeUri() + "/";
        if (uri.startsWith(base) && uri.length() > base.length()) return uri.substring(base.length());
        return resource.listProperties(SKOS.notation).toList().stream()
                .filter(s -> s.getObject().isLiteral()).map(Statement::getString).sorted().findFirst().orElse(uri);
    }

    /** Breadth first, so nearest first; a cycle in a scheme ends where it closes. */
    private static List<String> ancestors(String uri, Map<String, Set<String>> broader) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(broader.getOrDefault(uri, Set.of()));
        while (!queue.isEmpty()) {
            String next = queue.removeFirst();
            if (next.equals(uri) || !seen.add(next)) continue;
            queue.addAll(broader.getOrDefault(next, Set.of()));
        }
        return new ArrayList<>(seen);
    }

    /** Sorted, so that a document lists a concept's labels in the same order on every run. */
    private static List<LocalizedText> labels(Resource resource, Vocabulary vocabulary) {
        SearchField field = fieldOf(vocabulary);
        if (field == null) return List.of();
        List<Literal> labels = new ArrayList<>();
        for (Property property : List.of(SKOS.prefLabel, SKOS.altLabel)) {
            resource.listProperties(property).forEachRemaining(s -> {
                if (s.getObject().isLiteral()) labels.add(s.getLiteral());
            });
        }
        return labels.stream()
                .filter(l -> !l.getLexicalForm().isBlank())
                .sorted(Comparator.comparing(Literal::getLanguage).thenComparing(Literal::getLexicalForm))
                .map(l -> new LocalizedText(field, l.getLanguage(), l.getLexicalForm()))
                .distinct()
                .toList();
    }

    private static Optional<Boolean> open(Resource resource, Vocabulary vocabulary) {
        if (vocabulary != Vocabulary.LICENCE) return Optional.empty();
        Statement open = resource.getProperty(LicenceScheme.OPEN_LICENCE);
        if (open == null || !open.getObject().isLiteral()) return Optional.empty();
        Object value = open.getLiteral().getValue();
        return value instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }
}
