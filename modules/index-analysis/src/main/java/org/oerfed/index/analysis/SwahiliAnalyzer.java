package org.oerfed.index.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Swahili, for which Lucene has no analyser: words, lower case, folding and a short stop list of our own.
 * No stemmer: Swahili inflects mostly by prefixes (noun classes, verb subject and tense markers), which a
 * suffix stemmer cannot undo and which we do not try to strip.
 */
final class SwahiliAnalyzer extends StopwordAnalyzerBase {

    /**
     * The most frequent function words: the "-a of" connective in its class forms, conjunctions,
     * prepositions, copulas and demonstratives. Kept short on purpose, so that no content word is lost.
     */
    static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(java.util.List.of(
            "na", "ya", "wa", "za", "la", "cha", "vya", "kwa", "katika", "ni", "si", "au", "lakini", "kama",
            "pia", "hii", "hiyo", "huu", "huo", "hizi", "hizo", "ile", "yule", "hao", "hawa", "ambayo", "ambao",
            "ambaye", "kuwa", "hadi", "mpaka", "bila", "tu", "sana", "kila", "hata", "ndani", "juu", "chini",
            "kati", "baada", "kabla", "zaidi", "pamoja", "nk"), false));

    SwahiliAnalyzer() {
        super(STOP_WORDS);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, stopwords);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
