package org.oerfed.api.search;

import jakarta.inject.Singleton;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.oerfed.core.search.Facet;
import org.oerfed.graph.concepts.Vocabularies;
import org.oerfed.graph.concepts.Vocabulary;

/**
 * The names of facet values in a user's language: the preferred labels of the concepts the values of
 * {@code level}, {@code subject}, {@code type}, {@code license} and {@code language} stand for, from the bundled
 * vocabularies, and the JDK's names of the countries of {@code country}. Read once; immutable.
 */
@Singleton
public class ConceptLabels {
    private static final Map<Facet, Vocabulary> VOCABULARIES = Map.of(Facet.LEVEL, Vocabulary.ISCED_LEVEL,
            Facet.SUBJECT, Vocabulary.ISCED_FIELD, Facet.TYPE, Vocabulary.RESOURCE_TYPE, Facet.LICENSE, Vocabulary.LICENCE,
            Facet.LANGUAGE, Vocabulary.LANGUAGE);
    /** facet → value → language tag → preferred label; languages sorted so that the last resort is stable */
    private final Map<Facet, Map<String, Map<String, String>>> labels;

    public ConceptLabels(Vocabularies vocabularies) {
        Map<Facet, Map<String, Map<String, String>>> read = new EnumMap<>(Facet.class);
        VOCABULARIES.forEach((facet, vocabulary) -> vocabularies.graph(vocabulary)
                .ifPresent(graph -> read.put(facet, read(facet, vocabulary, graph.model()))));
        this.labels = Collections.unmodifiableMap(read);
    }

    /**
     * The value's name in {@code language}, else in its primary language ({@code pt} for {@code pt-BR}), else in
     * English, else in any language the vocabulary has; empty when the value names no known concept.
     */
    public Optional<String> label(Facet facet, String value, String language) {
        if (facet == Facet.COUNTRY) return countryName(value, language);
        return pick(labels.getOrDefault(facet, Map.of()).getOrDefault(value, Map.of()), language);
    }

    /** Every value of a concept facet with its labels by language; empty for a facet without a vocabulary. */
    Map<String, Map<String, String>> concepts(Facet facet) {
        return labels.getOrDefault(facet, Map.of());
    }

    static Optional<String> pick(Map<String, String> byLanguage, String language) {
        if (byLanguage.isEmpty()) return Optional.empty();
        String tag = language.toLowerCase(Locale.ROOT);
        String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        for (String wanted : new String[] {tag, primary, "en"}) {
            String label = byLanguage.get(wanted);
            if (label != null) return Optional.of(label);
        }
        return byLanguage.values().stream().findFirst();
    }

    private static Map<String, Map<String, String>> read(Facet facet, Vocabulary vocabulary, Model model) {
        Map<String, Map<String, String>> byValue = new TreeMap<>();
        String prefix = vocabulary.schemeUri() + "/";
        for (Resource concept : model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            if (!concept.isURIResource()) continue;
            String uri = concept.getURI();
            String value = facet == Facet.LICENSE ? uri : uri.startsWith(prefix) ? uri.substring(prefix.length()) : null;
            if (value == null) continue;
            Map<String, String> byLanguage = new TreeMap<>();
            concept.listProperties(SKOS.prefLabel).forEachRemaining(s -> {
                if (!s.getObject().isLiteral()) return;
                Literal label = s.getLiteral();
                byLanguage.put(label.getLanguage().toLowerCase(Locale.ROOT), label.getLexicalForm());
            });
            if (!byLanguage.isEmpty()) byValue.put(value, Collections.unmodifiableMap(byLanguage));
        }
        return Collections.unmodifiableMap(byValue);
    }

    private static Optional<String> countryName(String code, String language) {
        if (!code.matches("[A-Z]{2}")) return Optional.empty();
        Locale in = language.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag(language);
        String name = new Locale("", code).getDisplayCountry(in);
        return name.isBlank() || name.equals(code) ? Optional.empty() : Optional.of(name);
    }
}
