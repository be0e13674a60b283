package org.oerfed.index.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.oerfed.core.search.LocalizedText;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;
import org.oerfed.core.search.SearchHit;

/**
 * Works out what a query's words matched in a returned document by analysing its texts as they were
 * indexed, so that both engines report the same: the fields where any (not negated) word or phrase is
 * found, and the shown title and description with those words marked.
 */
final class QueryHitExplainer implements PlannedQuery.HitExplainer {

    /** About how many chars of a long description a highlight shows around its first match. */
    static final int FRAGMENT_LENGTH = 240;
    /** How much of the fragment comes before the first match, at most. */
    private static final int FRAGMENT_LEAD = 80;

    /** Most texts whose match {@link #matches} remembers for one query. */
    private static final int MAX_REMEMBERED = 4096;

    private final TextAnalysis analysis;
    private final LabelTokens labels;
    private final boolean empty;
    private final Map<SearchField, List<QueryLeaf>> leavesByField = new EnumMap<>(SearchField.class);
    /**
     * Whether a text holds the query, by text: the hits of one query share most of their concept labels
     * (every mathematics resource has the same subject labels), so each is analysed once per query, not
     * once per hit. Hits may be explained in parallel.
     */
    private final Map<LocalizedText, Boolean> remembered = new ConcurrentHashMap<>();

    QueryHitExplainer(TextAnalysis analysis, LabelTokens labels, List<QueryLeaf> leaves) {
        this.analysis = analysis;
        this.labels = labels;
        this.empty = leaves.isEmpty();
        for (SearchField field : SearchField.values()) {
            leavesByField.put(field, leaves.stream().filter(leaf -> leaf.fields().contains(field)).toList());
        }
    }

    @Override
    public SearchHit explain(SearchDocument document) {
        if (empty) return SearchHit.of(document);
        HitTexts analysed = new HitTexts();
        Set<SearchField> matched = EnumSet.noneOf(SearchField.class);
        for (LocalizedText text : document.texts()) {
            if (!matched.contains(text.field()) && matches(text, analysed)) matched.add(text.field());
        }
        Map<SearchField, String> highlights = new EnumMap<>(SearchField.class);
        highlight(document, SearchField.TITLE, document.title(), Integer.MAX_VALUE, analysed)
                .forEach(h -> highlights.put(SearchField.TITLE, h));
        highlight(document, SearchField.DESCRIPTION, document.description(), FRAGMENT_LENGTH, analysed)
                .forEach(h -> highlights.put(SearchField.DESCRIPTION, h));
        return new SearchHit(document, matched, highlights);
    }

    /**
     * The tokens, with their offsets, of the hit's own texts (not concept labels, which {@link LabelTokens}
     * keeps) as far as explaining it analysed them: what told whether the title matched also marks it.
     */
    private final class HitTexts {
        private final Map<LocalizedText, List<AnalysedToken>> folded = new HashMap<>();
        private final Map<LocalizedText, List<AnalysedToken>> stemmed = new HashMap<>();

        List<AnalysedToken> folded(LocalizedText text) {
            return folded.computeIfAbsent(text, t -> analysis.foldedTokens(t.text()));
        }

        List<AnalysedToken> stemmed(LocalizedText text) {
            return stemmed.computeIfAbsent(text, t -> analysis.stemmedTokens(t.text(), t.language()));
        }

        List<String> foldedTerms(LocalizedText text) {
            return text.field().isConceptLabels() ? labels.folded(text) : terms(folded(text));
        }

        List<String> stemmedTerms(LocalizedText text) {
            return text.field().isConceptLabels() ? labels.stemmed(text) : terms(stemmed(text));
        }
    }

    private static List<String> terms(List<AnalysedToken> tokens) {
        List<String> terms = new ArrayList<>(tokens.size());
        for (AnalysedToken token : tokens) terms.add(token.term());
        return terms;
    }

    private boolean matches(LocalizedText text, HitTexts analysed) {
        Boolean known = remembered.get(text);
        if (known != null) return known;
        boolean matches = holdsQuery(text, analysed);
        if (remembered.size() < MAX_REMEMBERED) remembered.put(text, matches);
        return matches;
    }

    private boolean holdsQuery(LocalizedText text, HitTexts analysed) {
        List<QueryLeaf> relevant = leavesOf(text.field());
        if (relevant.isEmpty()) return false;
        List<String> folded = analysed.foldedTerms(text);
        if (relevant.stream().anyMatch(leaf -> QueryLeaf.indexOf(folded, leaf.folded(), 0) >= 0)) return true;
        List<String> stemmed = analysed.stemmedTerms(text);
        return relevant.stream().anyMatch(leaf -> QueryLeaf.indexOf(stemmed, leaf.stemmed(), 0) >= 0);
    }

    private List<QueryLeaf> leavesOf(SearchField field) {
        return leavesByField.get(field);
    }

    /** The shown text with its matches marked, or nothing when none of the query is in it. */
    private List<String> highlight(SearchDocument document, SearchField field, String text, int maxLength,
                                   HitTexts analysed) {
        List<QueryLeaf> relevant = leavesOf(field);
        if (text.isEmpty() || relevant.isEmpty()) return List.of();
        // the shown text is usually one of the searchable ones, already known not to match, or analysed
        LocalizedText shown = shownText(document, field, text).orElse(new LocalizedText(field, "", text));
        if (!matches(shown, analysed)) return List.of();
        List<int[]> spans = spans(relevant.stream().map(QueryLeaf::stemmed).toList(), analysed.stemmed(shown));
        spans.addAll(spans(relevant.stream().map(QueryLeaf::folded).toList(), analysed.folded(shown)));
        if (spans.isEmpty()) return List.of();
        return List.of(Highlight.render(text, merged(spans), maxLength, FRAGMENT_LEAD));
    }

    /** The searchable text a shown text was shown from, which says its language. */
    private static Optional<LocalizedText> shownText(SearchDocument document, SearchField field, String text) {
        for (LocalizedText candidate : document.texts()) {
            if (candidate.field() == field && candidate.text().equals(text)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** Where in the text each sequence of tokens is, as [start, end) offsets. */
    private static List<int[]> spans(List<List<String>> sequences, List<AnalysedToken> tokens) {
        List<String> terms = tokens.stream().map(AnalysedToken::term).toList();
        List<int[]> spans = new ArrayList<>();
        for (List<String> sequence : sequences) {
            int at = QueryLeaf.indexOf(terms, sequence, 0);
            while (at >= 0) {
                spans.add(new int[] {tokens.get(at).start(), tokens.get(at + sequence.size() - 1).end()});
                at = QueryLeaf.indexOf(terms, sequence, at + 1);
            }
        }
        return spans;
    }

    /** Spans in text order, overlapping or touching ones joined. */
    private static List<int[]> merged(List<int[]> spans) {
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            if (span[1] <= span[0]) continue;
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
            else merged.add(new int[] {span[0], span[1]});
        }
        return merged;
    }
}
