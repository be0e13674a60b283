package org.oerfed.graph.concepts;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.oerfed.core.error.OerfedException;

/**
 * The vocabularies bundled with the service, loaded once at startup, with a {@link ConceptMatcher} for each.
 * {@link Vocabulary#LICENCE} and {@link Vocabulary#LANGUAGE} are generated ({@link LicenceScheme},
 * {@link LanguageScheme}); every other vocabulary is the Turtle file {@code <id>.ttl} in this package's
 * resources, loaded when it is there. A vocabulary's mapping table is {@code mappings/<id>.tsv}, also
 * optional. Immutable and safe to share between threads.
 */
public final class Vocabularies {
    /** The vocabularies a release must ship: a missing one is a defect of the build, not an option. */
    static final Set<Vocabulary> REQUIRED = EnumSet.of(Vocabulary.LICENCE, Vocabulary.LANGUAGE,
            Vocabulary.RESOURCE_TYPE, Vocabulary.AUDIENCE_ROLE, Vocabulary.ISCED_LEVEL, Vocabulary.ISCED_FIELD, Vocabulary.ICT_CFT);

    private final Map<Vocabulary, VocabularyGraph> graphs;
    private final Map<Vocabulary, ConceptMatcher> matchers;

    private Vocabularies(Map<Vocabulary, VocabularyGraph> graphs, Map<Vocabulary, ConceptMatcher> matchers) {
        this.graphs = graphs;
        this.matchers = matchers;
    }

    /**
     * Loads every bundled vocabulary.
     *
     * @throws OerfedException SETUP when a required vocabulary is missing, or a file does not parse or names
     *                         a notation no concept has
     */
    public static Vocabularies bundled() {
        Map<Vocabulary, Model> models = new EnumMap<>(Vocabulary.class);
        for (Vocabulary vocabulary : Vocabulary.values()) {
            Optional<Model> model = load(vocabulary);
            if (model.isPresent()) {
                models.put(vocabulary, model.get());
            } else if (REQUIRED.contains(vocabulary)) {
                throw OerfedException.setup("the vocabulary " + vocabulary.schemeUri() + " is missing: expected "
                        + vocabulary.id() + ".ttl next to " + Vocabularies.class.getName(), null);
            }
        }
        return of(models);
    }

    /**
     * These vocabularies, each with its bundled mapping table if there is one; for tests and for schemes that
     * do not ship with the service.
     *
     * @throws OerfedException SETUP when a model does not describe its concept scheme, or a mapping table names
     *                         a notation no concept has
     */
    public static Vocabularies of(Map<Vocabulary, Model> models) {
        Map<Vocabulary, VocabularyGraph> graphs = new EnumMap<>(Vocabulary.class);
        Map<Vocabulary, ConceptMatcher> matchers = new EnumMap<>(Vocabulary.class);
        models.forEach((vocabulary, model) -> {
            if (!model.contains(model.createResource(vocabulary.schemeUri()), RDF.type, SKOS.ConceptScheme)) {
                throw OerfedException.setup("the vocabulary " + vocabulary.id() + " does not describe the concept scheme "
                        + vocabulary.schemeUri(), null);
            }
            graphs.put(vocabulary, VocabularyGraph.of(vocabulary, model));
            matchers.put(vocabulary, ConceptMatcher.of(vocabulary, model, mappingTable(vocabulary)));
        });
        return new Vocabularies(Map.copyOf(graphs), Map.copyOf(matchers));
    }

    /** The vocabulary's graph, if it is bundled. */
    public Optional<VocabularyGraph> graph(Vocabulary vocabulary) {
        return Optional.ofNullable(graphs.get(vocabulary));
    }

    /** Every bundled vocabulary's graph, in the order of {@link Vocabulary}. */
    public List<VocabularyGraph> graphs() {
        return graphs.values().stream().sorted((a, b) -> a.vocabulary().compareTo(b.vocabulary())).toList();
    }

    /** Every concept of every vocabulary in one model, e.g. to look up the labels of the concepts a resource names. */
    public Model allConcepts() {
        Model all = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        graphs().forEach(graph -> all.add(graph.model()));
        return all;
    }

    /** The vocabulary's matcher; one that matches nothing when the vocabulary is not bundled. */
    public ConceptMatcher matcher(Vocabulary vocabulary) {
        ConceptMatcher matcher = matchers.get(vocabulary);
        return matcher != null ? matcher : ConceptMatcher.empty(vocabulary);
    }

    private static Optional<Model> load(Vocabulary vocabulary) {
        return switch (vocabulary) {
            case LICENCE -> Optional.of(LicenceScheme.generate());
            case LANGUAGE -> Optional.of(LanguageScheme.generate());
            default -> turtle(vocabulary.id() + ".ttl");
        };
    }

    private static Optional<Model> turtle(String file) {
        try (InputStream in = Vocabularies.class.getResourceAsStream(file)) {
            if (in == null) return Optional.empty();
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
            return Optional.of(model);
        } catch (RiotException e) {
            throw OerfedException.setup("the bundled vocabulary " + file + " is not valid Turtle: " + e.getMessage(), e);
        } catch (IOException e) {
            throw OerfedException.setup("cannot read the bundled vocabulary " + file, e);
        }
    }

    private static MappingTable mappingTable(Vocabulary vocabulary) {
        String file = "mappings/" + vocabulary.id() + ".tsv";
        try (InputStream in = Vocabularies.class.getResourceAsStream(file)) {
            return in == null ? MappingTable.empty(file) : MappingTable.read(file, in);
        } catch (IOException e) {
            throw OerfedException.setup("cannot read the mapping table " + file, e);
        }
    }
}
