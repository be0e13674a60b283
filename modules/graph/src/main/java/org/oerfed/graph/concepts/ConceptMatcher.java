package org.oerfed.graph.concepts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.oerfed.core.error.OerfedException;

/**
 * Finds the concept of one vocabulary a source value denotes: by the concept's URI or a well-known URI it
 * matches ({@code skos:exactMatch}, {@code skos:closeMatch}), its notation, a row of the vocabulary's
 * mapping table, or any of its labels in any language. Values are compared {@link TextFolding folded};
 * addresses without scheme, "www." or trailing slash. Language values may be BCP 47 tags: "zh-Hans-CN" is
 * matched by its primary subtag when the whole tag is no concept.
 *
 * <p>What a value can be compared with ranks: addresses, then notations, the mapping table, preferred
 * labels, other labels. A value that two concepts share at the best rank it reaches is ambiguous and
 * matches nothing: linking it would be a guess. Built once; immutable and safe to share between threads.
 */
public final class ConceptMatcher {
    private static final Pattern LANGUAGE_TAG = Pattern.compile("(?i)[a-z]{2,3}(?:[-_][a-z0-9]{1,8})+");
    private static final int ADDRESS = 0;
    private static final int NOTATION = 1;
    private static final int MAPPING = 2;
    private static final int PREF_LABEL = 3;
    private static final int OTHER_LABEL = 4;

    private final Vocabulary vocabulary;
    private final Map<String, Candidates> keys;
    private final Set<String> conceptUris;

    private ConceptMatcher(Vocabulary vocabulary, Map<String, Candidates> keys, Set<String> conceptUris) {
        this.vocabulary = vocabulary;
        this.keys = keys;
        this.conceptUris = conceptUris;
    }

    /** A matcher that matches nothing, for a vocabulary that is not installed. */
    public static ConceptMatcher empty(Vocabulary vocabulary) {
        return new ConceptMatcher(vocabulary, Map.of(), Set.of());
    }

    /**
     * Indexes the concepts of {@code vocabulary}'s scheme in {@code scheme} and the rows of {@code table}.
     *
     * @throws OerfedException SETUP when a row names a notation no concept has
     */
    public static ConceptMatcher of(Vocabulary vocabulary, Model scheme, MappingTable table) {
        Resource schemeResource = scheme.createResource(vocabulary.schemeUri());
        Set<Resource> concepts = new LinkedHashSet<>();
        scheme.listSubjectsWithProperty(SKOS.inScheme, schemeResource).forEachRemaining(concepts::add);
        scheme.listSubjectsWithProperty(SKOS.topConceptOf, schemeResource).forEachRemaining(concepts::add);

        Map<String, Candidates> keys = new HashMap<>();
        Map<String, String> byNotation = new HashMap<>();
        Set<String> uris = new HashSet<>();
        for (Resource concept : concepts) {
            if (!concept.isURIResource()) continue;
            String uri = concept.getURI();
            uris.add(uri);
            add(keys, addressKey(uri), ADDRESS, uri);
            for (Property match : new Property[] {SKOS.exactMatch, SKOS.closeMatch}) {
                concept.listProperties(match).forEachRemaining(s -> {
                    if (s.getObject().isURIResource()) add(keys, addressKey(s.getObject().asResource().getURI()), ADDRESS, uri);
                });
            }
            concept.listProperties(SKOS.notation).forEachRemaining(s -> {
                String notation = s.getObject().asLiteral().getLexicalForm();
                byNotation.put(notation.toLowerCase(Locale.ROOT), uri);
                add(keys, textKey(notation), NOTATION, uri);
            });
            addLabels(keys, concept, SKOS.prefLabel, PREF_LABEL, uri);
            addLabels(keys, concept, SKOS.altLabel, OTHER_LABEL, uri);
            addLabels(keys, concept, SKOS.hiddenLabel, OTHER_LABEL, uri);
        }
        for (MappingTable.Row row : table.rows()) {
            String uri = byNotation.get(row.notation().toLowerCase(Locale.ROOT));
            if (uri == null) {
                throw OerfedException.setup("mapping table " + table.name() + " maps '" + row.value()
                        + "' to notation '" + row.notation() + "', which no concept of " + vocabulary.schemeUri() + " has", null);
            }
            add(keys, TextFolding.urlKey(row.value()).map(k -> "url:" + k).orElse(textKey(row.value())), MAPPING, uri);
        }
        return new ConceptMatcher(vocabulary, Map.copyOf(keys), Set.copyOf(uris));
    }

    /** The vocabulary this matcher knows. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Whether {@code uri} is one of the vocabulary's concepts. */
    public boolean isConcept(String uri) {
        return conceptUris.contains(uri);
    }

    /** How many concepts the vocabulary has; 0 when it is not installed. */
    public int size() {
        return conceptUris.size();
    }

    /** The URI of the one concept {@code value} denotes, by address, notation, mapping table or label. */
    public Optional<String> match(String value) {
        return lookup(value, ADDRESS);
    }

    /**
     * The URI of the one concept {@code value} names by a label or a mapping-table row; notations and
     * addresses do not count. For free text such as keywords, where a short code is more likely a word.
     */
    public Optional<String> matchLabel(String value) {
        return lookup(value, MAPPING);
    }

    private Optional<String> lookup(String value, int bestRank) {
        if (value == null || value.isBlank()) return Optional.empty();
        Optional<String> found = find(value, bestRank);
        if (found.isEmpty() && vocabulary == Vocabulary.LANGUAGE && LANGUAGE_TAG.matcher(value.strip()).matches()) {
            found = find(value.strip().split("[-_]", 2)[0], bestRank);
        }
        return found;
    }

    private Optional<String> find(String value, int bestRank) {
        Optional<String> address = TextFolding.urlKey(value);
        Candidates candidates = keys.get(address.isPresent() ? "url:" + address.get() : textKey(value));
        if (candidates == null || candidates.rank < bestRank || candidates.uris.size() != 1) return Optional.empty();
        return Optional.of(candidates.uris.iterator().next());
    }

    private static void addLabels(Map<String, Candidates> keys, Resource concept, Property label, int rank, String uri) {
        concept.listProperties(label).forEachRemaining(s -> {
            RDFNode object = s.getObject();
            if (object.isLiteral()) add(keys, textKey(object.asLiteral().getLexicalForm()), rank, uri);
        });
    }

    private static String addressKey(String uri) {
        return TextFolding.urlKey(uri).map(k -> "url:" + k).orElse("uri:" + uri);
    }

    private static String textKey(String text) {
        return "txt:" + TextFolding.fold(text);
    }

    private static void add(Map<String, Candidates> keys, String key, int rank, String uri) {
        if (key.equals("txt:")) return;
        Candidates existing = keys.get(key);
        if (existing == null || existing.rank > rank) {
            keys.put(key, new Candidates(rank, Set.of(uri)));
        } else if (existing.rank == rank && !existing.uris.contains(uri)) {
            Set<String> more = new HashSet<>(existing.uris);
            more.add(uri);
            keys.put(key, new Candidates(rank, Set.copyOf(more)));
        }
    }

    /** The concepts one key denotes, at the best rank it was seen. */
    private record Candidates(int rank, Set<String> uris) {
    }
}
