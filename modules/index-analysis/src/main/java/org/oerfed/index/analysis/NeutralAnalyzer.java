package org.oerfed.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The language-neutral analysis: words as Unicode segments them, lower case, diacritics and other
 * variants folded away, so that a text meets the same word however it is accented or whichever language
 * it is in. No stop words, no stemming.
 *
 * <p>Han and Hiragana come out of the tokenizer one character each, and stay so: a query word of several
 * characters is matched as a phrase of them, and a single character still finds every word it is part of
 * (水 finds 水循环) — which bigrams alone would not. Word-level precision for Chinese, Japanese and Korean
 * text comes from the {@code stem_*} fields, analysed with bigrams.
 */
final class NeutralAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(result);
        result = new DecimalDigitFilter(result);
        result = new ArabicNormalizationFilter(result);
        result = new ASCIIFoldingFilter(result);
        // folding can give upper case (small capitals fold to capitals)
        result = new LowerCaseFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new ASCIIFoldingFilter(new ArabicNormalizationFilter(new DecimalDigitFilter(
                new LowerCaseFilter(new CJKWidthFilter(in))))));
    }
}
