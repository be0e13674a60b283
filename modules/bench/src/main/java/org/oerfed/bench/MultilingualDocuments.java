package org.oerfed.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;
import org.oerfed.graph.concepts.Vocabularies;

/**
 * Generates realistic multilingual search documents, the same ones for the same seed: titles and
 * descriptions in twelve languages from {@code words.tsv}, and subjects and levels that are real concepts
 * of OERfed's vocabularies, with their labels in every language the vocabularies have, as the projection
 * writes them. Document {@code i} is a pure function of the seed and {@code i}, so that any slice can be
 * generated without the others.
 */
final class MultilingualDocuments {

    private static final String ISCED_F = "https://w3id.org/oerfed/vocab/isced-f-2013";
    private static final String ISCED_LEVELS = "https://w3id.org/oerfed/vocab/isced-2011";
    /** Most partners publish in a few big languages; the weights give a long tail like a real federation's. */
    private static final Map<String, Integer> LANGUAGE_WEIGHTS = weights();
    private static final List<String> LICENCES = List.of(
            "https://creativecommons.org/licenses/by/4.0/", "https://creativecommons.org/licenses/by-sa/4.0/",
            "https://creativecommons.org/publicdomain/zero/1.0/", "https://creativecommons.org/licenses/by-nc/4.0/",
            "https://creativecommons.org/licenses/by-nc-sa/4.0/", "https://creativecommons.org/licenses/by-nd/4.0/",
            "https://creativecommons.org/licenses/by/3.0/igo/", "");
    private static final List<String> FORMATS = List.of("text/html", "application/pdf", "video/mp4", "audio/mpeg",
            "image/png", "application/vnd.oasis.opendocument.text", "application/epub+zip");
    private static final List<String> FEATURES = List.of("alternativeText", "captions", "transcript",
            "structuralNavigation", "highContrastDisplay", "largePrint");
    private static final List<String> TYPES = List.of("lesson-plan", "worksheet", "video", "course", "assessment",
            "simulation", "textbook", "presentation");
    private static final int SOURCES = 40;
    private static final List<String> COUNTRIES = List.of("FR", "SN", "PE", "VN", "DE", "BR", "KE", "EG", "IN", "CN",
            "ES", "RU", "NL", "IT", "MX", "CA");

    private final long seed;
    private final Map<String, List<String>> wordsByLanguage;
    private final List<String> languages;
    private final List<Concept> subjects;
    private final List<Concept> levels;

    /** A concept as documents carry it: its facet values (with ancestors) and labels in every language. */
    record Concept(List<String> values, List<Label> labels) {
    }

    record Label(String language, String text) {
    }

    MultilingualDocuments(long seed) {
        this.seed = seed;
        this.wordsByLanguage = readWords();
        this.languages = new ArrayList<>();
        LANGUAGE_WEIGHTS.forEach((language, weight) -> {
            for (int i = 0; i < weight; i++) languages.add(language);
        });
        Model concepts = Vocabularies.bundled().allConcepts();
        this.subjects = concepts(concepts, ISCED_F, 4);
        this.levels = concepts(concepts, ISCED_LEVELS, 1);
    }

    /** The twelve languages the documents are written in. */
    List<String> languages() {
        return List.copyOf(LANGUAGE_WEIGHTS.keySet());
    }

    /** The words documents in {@code language} are made of. */
    List<String> words(String language) {
        return wordsByLanguage.get(language);
    }

    List<Concept> subjects() {
        return subjects;
    }

    SearchDocument document(int i) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
        String language = languages.get(random.nextInt(languages.size()));
        List<String> words = wordsByLanguage.get(language);
        String separator = language.equals("zh") ? "" : " ";
        String title = sentence(random, words, 3 + random.nextInt(5), separator);
        String description = sentence(random, words, 12 + random.nextInt(30), separator);
        int source = skewed(random, SOURCES);
        String licence = LICENCES.get(skewed(random, LICENCES.size()));
        Concept subject = subjects.get(random.nextInt(subjects.size()));
        Concept level = levels.get(random.nextInt(levels.size()));
        int year = 2005 + random.nextInt(21);
        SearchDocument.Builder document = SearchDocument.builder(String.format("bench-%08d", i))
                .title(language, capitalised(title))
                .description(language, capitalised(description) + ".")
                .url("https://oer.example.org/" + source + "/" + i)
                .modified(Instant.parse(year + "-01-01T00:00:00Z").plusSeconds(random.nextInt(31_000_000)))
                .facet(Facet.SOURCE, "partner-" + source)
                .facet(Facet.COUNTRY, COUNTRIES.get(source % COUNTRIES.size()))
                .facet(Facet.LANGUAGE, language)
                .facet(Facet.SUBJECT, subject.values())
                .facet(Facet.LEVEL, level.values())
                .facet(Facet.TYPE, TYPES.get(random.nextInt(TYPES.size())))
                .facet(Facet.FORMAT, FORMATS.get(skewed(random, FORMATS.size())))
                .facet(Facet.YEAR, String.valueOf(year));
        if (!licence.isEmpty()) {
            document.facet(Facet.LICENSE, licence).facet(Facet.OPEN_LICENSE, String.valueOf(!licence.contains("-nd/")));
        }
        if (random.nextInt(4) == 0) document.facet(Facet.ACCESSIBILITY, FEATURES.get(random.nextInt(FEATURES.size())));
        for (int k = random.nextInt(4); k > 0; k--) {
            document.text(SearchField.KEYWORD, language, words.get(random.nextInt(words.size())));
        }
        subject.labels().forEach(l -> document.text(SearchField.SUBJECT, l.language(), l.text()));
        level.labels().forEach(l -> document.text(SearchField.LEVEL, l.language(), l.text()));
        return document.build();
    }

    private static String sentence(SplittableRandom random, List<String> words, int length, String separator) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < length; w++) {
            if (w > 0) text.append(separator);
            // Zipf-like: a few words are common, most are rare, as in real titles
            text.append(words.get(skewed(random, words.size())));
        }
        return text.toString();
    }

    /** An index in [0, n) where small indexes are much more likely. */
    private static int skewed(SplittableRandom random, int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (n * u * u));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    private static List<Concept> concepts(Model model, String scheme, int notationLength) {
        List<Concept> concepts = new ArrayList<>();
        Resource schemeResource = model.createResource(scheme);
        model.listSubjectsWithProperty(SKOS.inScheme, schemeResource).forEach(concept -> {
            String notation = concept.hasProperty(SKOS.notation) ? concept.getProperty(SKOS.notation).getString() : "";
            if (notation.length() != notationLength) return;
            List<String> values = new ArrayList<>();
            for (int end = notationLength; end >= Math.min(2, notationLength); end--) values.add(notation.substring(0, end));
            List<Label> labels = new ArrayList<>();
            concept.listProperties(SKOS.prefLabel).forEach(s -> {
                Literal label = s.getLiteral();
                labels.add(new Label(label.getLanguage(), label.getLexicalForm()));
            });
            concepts.add(new Concept(values, labels));
        });
        if (concepts.isEmpty()) throw new IllegalStateException("no concepts with " + notationLength + "-character notations in " + scheme);
        concepts.sort(java.util.Comparator.comparing(c -> c.values().get(0)));
        return concepts;
    }

    private static Map<String, List<String>> readWords() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        try (InputStream in = MultilingualDocuments.class.getResourceAsStream("words.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t", 2);
                words.put(parts[0], List.of(parts[1].strip().split(" +")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading words.tsv", e);
        }
        return words;
    }

    private static Map<String, Integer> weights() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("en", 30);
        weights.put("es", 12);
        weights.put("fr", 12);
        weights.put("pt", 8);
        weights.put("de", 8);
        weights.put("ar", 6);
        weights.put("zh", 6);
        weights.put("ru", 5);
        weights.put("it", 4);
        weights.put("nl", 3);
        weights.put("hi", 3);
        weights.put("sw", 3);
        return weights;
    }
}
