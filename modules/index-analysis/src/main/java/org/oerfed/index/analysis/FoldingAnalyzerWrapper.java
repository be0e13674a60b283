package org.oerfed.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * A language analyser with diacritics folded after it: the stemmers see the accents they were written
 * for, and "géométrie" and "geometrie" still end up as one token. Folding is a no-op for the scripts
 * it does not know (Arabic, Cyrillic, Devanagari, Han), and where the stemmer folded already.
 */
final class FoldingAnalyzerWrapper extends AnalyzerWrapper {

    private final Analyzer language;

    FoldingAnalyzerWrapper(Analyzer language) {
        // it changes the delegate's components, so it keeps its own, not the delegate's
        super(Analyzer.GLOBAL_REUSE_STRATEGY);
        this.language = language;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return language;
    }

    @Override
    protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        TokenStream folded = new LowerCaseFilter(new ASCIIFoldingFilter(components.getTokenStream()));
        return new TokenStreamComponents(components.getSource(), folded);
    }

    @Override
    protected TokenStream wrapTokenStreamForNormalization(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new ASCIIFoldingFilter(in));
    }

    @Override
    public void close() {
        language.close();
        super.close();
    }
}
