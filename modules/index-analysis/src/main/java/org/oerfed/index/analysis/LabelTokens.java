package org.oerfed.index.analysis;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.oerfed.core.search.LocalizedText;

/**
 * The tokens of concept labels, kept across documents and queries: most of a document's texts are the labels
 * of its subject, level, type and licence in every language, which thousands of documents share, and both
 * indexing a document and working out what matched in a hit analyse them. Labels come from the vocabularies,
 * so there are few of them; the memo stops growing at {@link #MAX_LABELS} all the same. Other texts are
 * analysed every time. Thread-safe.
 */
final class LabelTokens {
    static final int MAX_LABELS = 100_000;

    private final TextAnalysis analysis;
    private final Map<LocalizedText, List<String>> folded = new ConcurrentHashMap<>();
    private final Map<LocalizedText, List<String>> stemmed = new ConcurrentHashMap<>();
    private final Map<LocalizedText, Joined> joined = new ConcurrentHashMap<>();

    /** A text's tokens as an engine indexes them: each analysis's tokens joined by single spaces. */
    record Joined(String stemmed, String folded) {
    }

    LabelTokens(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The text's tokens by the language-neutral analysis. */
    List<String> folded(LocalizedText text) {
        if (!text.field().isConceptLabels()) return analysis.folded(text.text());
        return remembered(folded, text, () -> analysis.folded(text.text()));
    }

    /** The text's tokens by its own language's analysis. */
    List<String> stemmed(LocalizedText text) {
        if (!text.field().isConceptLabels()) return analysis.stemmed(text.text(), text.language());
        return remembered(stemmed, text, () -> analysis.stemmed(text.text(), text.language()));
    }

    /** The text's tokens by both analyses, as {@link Joined} strings; one lookup for both, since indexing wants both. */
    Joined joined(LocalizedText text) {
        if (!text.field().isConceptLabels()) return join(text);
        Joined known = joined.get(text);
        if (known != null) return known;
        Joined analysed = join(text);
        if (joined.size() < MAX_LABELS) joined.put(text, analysed);
        return analysed;
    }

    private Joined join(LocalizedText text) {
        return new Joined(String.join(" ", analysis.stemmed(text.text(), text.language())),
                String.join(" ", analysis.folded(text.text())));
    }

    private static List<String> remembered(Map<LocalizedText, List<String>> memo, LocalizedText text, Supplier<List<String>> tokens) {
        List<String> known = memo.get(text);
        if (known != null) return known;
        List<String> analysed = List.copyOf(tokens.get());
        if (memo.size() < MAX_LABELS) memo.put(text, analysed);
        return analysed;
    }
}
