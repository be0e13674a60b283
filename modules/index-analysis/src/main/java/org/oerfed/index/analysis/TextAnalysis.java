package org.oerfed.index.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Lucene's analysers for the languages OERfed analyses specifically (stemming, stop words, folding; CJK
 * bigrams), and the language-neutral analysis for all other text and for cross-language matching.
 * Thread-safe; one instance serves the whole service.
 *
 * <p>Languages, by the primary subtag of their BCP 47 tag (case-insensitive; the ISO 639-2/3 codes of the
 * same languages are accepted too): {@code en fr es pt de it nl ar ru hi} with Lucene's analyser of that
 * language followed by diacritic folding; {@code zh ja ko} with Lucene's CJK analyser (bigrams);
 * {@code sw} with {@link SwahiliAnalyzer}. Portuguese uses one analyser for every region: {@code pt-BR}
 * and {@code pt-PT} texts stem alike, so they meet. Everything else: {@link #folded}.
 *
 * <p>Tokens are what both engines index as they are, split on whitespace only: none holds whitespace and
 * none is longer than {@link #MAX_TOKEN_LENGTH} chars (the whitespace tokenizers' own limit), longer ones
 * are dropped.
 */
public final class TextAnalysis {

    /** Longest token kept, in UTF-16 chars: Lucene's and Elasticsearch's whitespace tokenizers split longer. */
    public static final int MAX_TOKEN_LENGTH = 255;

    private static final Map<String, String> LANGUAGE_ALIASES = Map.ofEntries(
            Map.entry("eng", "en"), Map.entry("fra", "fr"), Map.entry("fre", "fr"), Map.entry("spa", "es"),
            Map.entry("por", "pt"), Map.entry("deu", "de"), Map.entry("ger", "de"), Map.entry("ita", "it"),
            Map.entry("nld", "nl"), Map.entry("dut", "nl"), Map.entry("ara", "ar"), Map.entry("rus", "ru"),
            Map.entry("zho", "zh"), Map.entry("chi", "zh"), Map.entry("cmn", "zh"), Map.entry("jpn", "ja"),
            Map.entry("kor", "ko"), Map.entry("hin", "hi"), Map.entry("swa", "sw"), Map.entry("swh", "sw"));

    private final Map<String, Analyzer> byLanguage;
    private final Analyzer neutral;

    public TextAnalysis() {
        CJKAnalyzer cjk = new CJKAnalyzer();
        this.byLanguage = Map.ofEntries(
                Map.entry("en", new FoldingAnalyzerWrapper(new EnglishAnalyzer())),
                Map.entry("fr", new FoldingAnalyzerWrapper(new FrenchAnalyzer())),
                Map.entry("es", new FoldingAnalyzerWrapper(new SpanishAnalyzer())),
                Map.entry("pt", new FoldingAnalyzerWrapper(new PortugueseAnalyzer())),
                Map.entry("de", new FoldingAnalyzerWrapper(new GermanAnalyzer())),
                Map.entry("it", new FoldingAnalyzerWrapper(new ItalianAnalyzer())),
                Map.entry("nl", new FoldingAnalyzerWrapper(new DutchAnalyzer())),
                Map.entry("ar", new FoldingAnalyzerWrapper(new ArabicAnalyzer())),
                Map.entry("ru", new FoldingAnalyzerWrapper(new RussianAnalyzer())),
                Map.entry("hi", new FoldingAnalyzerWrapper(new HindiAnalyzer())),
                Map.entry("zh", cjk),
                Map.entry("ja", cjk),
                Map.entry("ko", cjk),
                Map.entry("sw", new SwahiliAnalyzer()));
        this.neutral = new NeutralAnalyzer();
    }

    /** Tokens of {@code text} as a text in {@code language} (BCP 47; empty or unknown: the neutral analysis). */
    public List<String> stemmed(String text, String language) {
        return terms(stemmedTokens(text, language));
    }

    /** Tokens of {@code text} by the language-neutral analysis. */
    public List<String> folded(String text) {
        return terms(foldedTokens(text));
    }

    /** {@link #stemmed}, with where each token is in the text. */
    public List<AnalysedToken> stemmedTokens(String text, String language) {
        return tokens(analyser(language), text);
    }

    /** {@link #folded}, with where each token is in the text. */
    public List<AnalysedToken> foldedTokens(String text) {
        return tokens(neutral, text);
    }

    /**
     * The language whose analyser {@link #stemmed} uses for a BCP 47 tag: its primary subtag in lower case
     * when it is one of {@link #languages()} (or an ISO 639-2/3 code of one), else empty (neutral).
     */
    public String analysedLanguage(String tag) {
        if (tag == null) return "";
        int end = 0;
        while (end < tag.length() && tag.charAt(end) != '-' && tag.charAt(end) != '_') end++;
        String primary = tag.substring(0, end).strip().toLowerCase(Locale.ROOT);
        primary = LANGUAGE_ALIASES.getOrDefault(primary, primary);
        return byLanguage.containsKey(primary) ? primary : "";
    }

    /** The languages analysed specifically, as primary subtags. */
    public Set<String> languages() {
        return new TreeSet<>(byLanguage.keySet());
    }

    private Analyzer analyser(String language) {
        String analysed = analysedLanguage(language);
        return analysed.isEmpty() ? neutral : byLanguage.get(analysed);
    }

    private static List<AnalysedToken> tokens(Analyzer analyser, String text) {
        if (text == null || text.isEmpty()) return List.of();
        List<AnalysedToken> tokens = new ArrayList<>();
        // the field name is irrelevant: every analyser here treats all fields alike
        try (TokenStream stream = analyser.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() == 0 || term.length() > MAX_TOKEN_LENGTH || hasWhitespace(term)) continue;
                tokens.add(new AnalysedToken(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            // analysers read from a StringReader, which does not fail
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static boolean hasWhitespace(CharSequence term) {
        for (int i = 0; i < term.length(); i++) {
            if (Character.isWhitespace(term.charAt(i))) return true;
        }
        return false;
    }

    private static List<String> terms(List<AnalysedToken> tokens) {
        List<String> terms = new ArrayList<>(tokens.size());
        for (AnalysedToken token : tokens) terms.add(token.term());
        return terms;
    }
}
