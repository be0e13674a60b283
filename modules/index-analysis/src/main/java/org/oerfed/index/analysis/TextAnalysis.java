package org.oerfed.index.analysis;

import java.util.List;

/**
 * Lucene's analysers for the languages OERfed analyses specifically (stemming, stop words, folding; CJK
 * bigrams), and the language-neutral analysis for all other text and for cross-language matching.
 * Thread-safe; one instance serves the whole service.
 */
public final class TextAnalysis {

    /** Tokens of {@code text} as a text in {@code language} (BCP 47; empty or unknown: the neutral analysis). */
    public List<String> stemmed(String text, String language) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Tokens of {@code text} by the language-neutral analysis. */
    public List<String> folded(String text) {
        throw new UnsupportedOperationException("not yet");
    }
}
