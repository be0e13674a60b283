package org.oerfed.index.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.oerfed.core.search.LocalizedText;
import org.oerfed.core.search.SearchDocument;

/**
 * Turns a document into what both engines index: per text, its tokens in the text's own language
 * ({@link IndexFields#stemmed}) and language-neutral ({@link IndexFields#folded}), one value per text;
 * the facets as they are; the title folded for sorting; the modification date; the document as JSON.
 * Thread-safe.
 */
public final class DocumentAnalysis {

    /** Longest {@link AnalysedDocument#sortTitle()}, in chars: enough to order any two real titles. */
    public static final int MAX_SORT_TITLE_LENGTH = 256;

    private final TextAnalysis analysis;
    /**
     * Most of a document's texts are the labels of its concepts in every language, which thousands of
     * documents share: each is analysed once per instance, not once per document.
     */
    private final LabelTokens labels;
    private final DocumentJson json = new DocumentJson();

    public DocumentAnalysis(TextAnalysis analysis) {
        this.analysis = analysis;
        this.labels = new LabelTokens(analysis);
    }

    /** Batches at least this large are analysed on every core. */
    static final int PARALLEL_BATCH = 64;

    /** A document of a batch, analysed and converted into an engine's form, or why it could not be. */
    public record Prepared<T>(String id, T value, String failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    /**
     * Analyses a batch and converts each document into an engine's form, on every core for large batches
     * (analysis is most of the cost of indexing), keeping the batch's order. A document that fails is
     * reported, not thrown, so that the rest of the batch is written.
     */
    public <T> List<Prepared<T>> prepareAll(Collection<SearchDocument> documents, Function<AnalysedDocument, T> convert) {
        Stream<SearchDocument> stream = documents.size() >= PARALLEL_BATCH ? documents.parallelStream() : documents.stream();
        return stream.map(document -> {
            try {
                return new Prepared<>(document.id(), convert.apply(analyse(document)), null);
            } catch (RuntimeException e) {
                return new Prepared<T>(document.id(), null, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        }).toList();
    }

    public AnalysedDocument analyse(SearchDocument document) {
        Map<String, List<String>> textFields = new LinkedHashMap<>();
        for (LocalizedText text : document.texts()) {
            LabelTokens.Joined tokens = labels.joined(text);
            add(textFields, IndexFields.stemmed(text.field()), tokens.stemmed());
            add(textFields, IndexFields.folded(text.field()), tokens.folded());
        }
        OptionalLong modified = document.modified().map(m -> OptionalLong.of(m.toEpochMilli())).orElse(OptionalLong.empty());
        return new AnalysedDocument(document.id(), textFields, document.facets(), sortTitle(document.title()), modified,
                json.write(document));
    }

    /**
     * The key a title sorts by: its language-neutral tokens joined by single spaces, so that case, accents
     * and punctuation do not change its place; at most {@link #MAX_SORT_TITLE_LENGTH} chars. Empty for a
     * title without words.
     */
    public String sortTitle(String title) {
        String key = String.join(" ", analysis.folded(title));
        if (key.length() <= MAX_SORT_TITLE_LENGTH) return key;
        int end = MAX_SORT_TITLE_LENGTH;
        if (Character.isLowSurrogate(key.charAt(end))) end--;
        return key.substring(0, end).strip();
    }

    private static void add(Map<String, List<String>> fields, String name, String tokens) {
        if (tokens.isEmpty()) return;
        fields.computeIfAbsent(name, n -> new ArrayList<>()).add(tokens);
    }
}
