package org.oerfed.index.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oerfed.core.search.SearchField;
import org.oerfed.core.search.SearchHit;
import org.oerfed.core.search.SearchQuery;

/**
 * Parses a query's text in OERfed's query syntax ({@link QuerySyntax}), analyses its words for the
 * user's language and for the language-neutral fields, and plans what to match in which field. Never
 * fails on any text. Thread-safe.
 *
 * <p>Each word or phrase becomes "found in any field": for every {@link SearchField} (or only the one its
 * prefix names), its tokens by the user's language's analysis in {@code stem_<field>} and its tokens by
 * the neutral analysis in {@code fold_<field>}, each a {@link Plan.Term} (one token) or a
 * {@link Plan.Phrase} (several: a quoted phrase, a word the analysis splits such as {@code e-learning}, or
 * Chinese and Japanese written without spaces, so {@code 光合作用} must appear as written), boosted by the
 * field's {@link #boost}. Both the stemmed and the folded field may match and add up: an exact or
 * accent-exact match ranks above a match of the stem only.
 *
 * <p>A word that the user's language drops as a stop word ("the", "les") is left out altogether — it is in
 * nearly every text in the neutral fields, so matching it there would only blur the ranking — unless every
 * word of the query is one, in which case they are matched in the neutral fields. A phrase keeps its stop
 * words in the neutral fields. Words that analyse to nothing (punctuation) are left out.
 */
public final class QueryPlanner {

    /** Most tokens of one phrase that count; the rest are dropped, which only widens it. */
    public static final int MAX_PHRASE_TOKENS = 32;
    /** Most finished words of a suggestion prefix that count. */
    public static final int MAX_SUGGESTION_WORDS = 16;

    private final TextAnalysis analysis;
    private final QuerySyntax syntax = new QuerySyntax();
    private final LabelTokens labels;

    public QueryPlanner(TextAnalysis analysis) {
        this.analysis = analysis;
        this.labels = new LabelTokens(analysis);
    }

    /**
     * How much a match in a field counts: the title most, then the resource's subjects and keywords (what it
     * is about), then the rest.
     */
    public static float boost(SearchField field) {
        return switch (field) {
            case TITLE -> 2.0f;
            case SUBJECT, KEYWORD -> 1.5f;
            case DESCRIPTION, LEVEL, TYPE, LICENSE -> 1.0f;
        };
    }

    /** The plan of the query's text (not its filters, sort or paging). */
    public PlannedQuery plan(SearchQuery query) {
        Optional<QueryExpression> parsed = syntax.parse(query.text());
        if (parsed.isEmpty()) return nothingToMatch();
        Planning planning = new Planning(query.language());
        planning.stopWordsOnly = planning.onlyStopWords(parsed.get(), true);
        Plan plan = planning.plan(parsed.get(), EnumSet.allOf(SearchField.class), true);
        if (plan == null) return nothingToMatch();
        return new PlannedQuery(plan, true, new QueryHitExplainer(analysis, labels, planning.positive));
    }

    /**
     * The plan of title suggestions for what a user has typed: every complete word must be in the title,
     * the last, unfinished one is a prefix of a title word. All in the neutral title field: a half-typed word
     * cannot be stemmed. A blank prefix, or one without words, matches nothing.
     */
    public Plan suggestions(String prefix, String language) {
        if (prefix == null || prefix.isBlank()) return new Plan.MatchNone();
        String folded = IndexFields.folded(SearchField.TITLE);
        boolean lastFinished = Character.isWhitespace(prefix.charAt(prefix.length() - 1));
        List<String> tokens = analysis.folded(prefix);
        if (tokens.isEmpty()) return new Plan.MatchNone();
        int from = Math.max(0, tokens.size() - MAX_SUGGESTION_WORDS - 1);
        List<Plan> must = new ArrayList<>();
        for (int i = from; i < tokens.size(); i++) {
            boolean last = i == tokens.size() - 1;
            must.add(last && !lastFinished ? new Plan.Prefix(folded, tokens.get(i)) : new Plan.Term(folded, tokens.get(i)));
        }
        return must.size() == 1 ? must.get(0) : new Plan.Bool(must, List.of(), List.of(), 0);
    }

    private static PlannedQuery nothingToMatch() {
        return new PlannedQuery(new Plan.MatchAll(), false, SearchHit::of);
    }

    /** The state of planning one query. */
    private final class Planning {
        private final String language;
        private final Map<QueryExpression, QueryLeaf> analysed = new HashMap<>();
        private final List<QueryLeaf> positive = new ArrayList<>();
        private boolean stopWordsOnly;

        Planning(String language) {
            this.language = language;
        }

        /** Whether no word or phrase that must match has a token in the user's language. */
        boolean onlyStopWords(QueryExpression expression, boolean wanted) {
            if (expression instanceof QueryExpression.Word w) return !wanted || terms(w, w.text()).stemmed().isEmpty();
            if (expression instanceof QueryExpression.Phrase p) return !wanted || terms(p, p.text()).stemmed().isEmpty();
            if (expression instanceof QueryExpression.And and) {
                return and.parts().stream().allMatch(part -> onlyStopWords(part, wanted));
            }
            if (expression instanceof QueryExpression.Or or) {
                return or.parts().stream().allMatch(part -> onlyStopWords(part, wanted));
            }
            if (expression instanceof QueryExpression.Not not) return onlyStopWords(not.part(), !wanted);
            return onlyStopWords(((QueryExpression.InField) expression).part(), wanted);
        }

        /** Null when nothing of it is left to match. */
        Plan plan(QueryExpression expression, Set<SearchField> fields, boolean wanted) {
            if (expression instanceof QueryExpression.Word w) return leaf(fields, wordTerms(w), wanted);
            if (expression instanceof QueryExpression.Phrase p) return leaf(fields, phraseTerms(p), wanted);
            if (expression instanceof QueryExpression.InField in) return plan(in.part(), EnumSet.of(in.field()), wanted);
            if (expression instanceof QueryExpression.Not not) return allBut(plan(not.part(), fields, !wanted));
            if (expression instanceof QueryExpression.Or or) return or(or.parts(), fields, wanted);
            return and(((QueryExpression.And) expression).parts(), fields, wanted);
        }

        private Plan and(List<QueryExpression> parts, Set<SearchField> fields, boolean wanted) {
            List<Plan> must = new ArrayList<>();
            List<Plan> mustNot = new ArrayList<>();
            for (QueryExpression part : parts) {
                if (part instanceof QueryExpression.Not not) {
                    Plan excluded = plan(not.part(), fields, !wanted);
                    if (excluded != null) mustNot.add(excluded);
                } else {
                    Plan required = plan(part, fields, wanted);
                    if (required != null) must.add(required);
                }
            }
            if (mustNot.isEmpty()) {
                if (must.isEmpty()) return null;
                if (must.size() == 1) return must.get(0);
            } else if (must.isEmpty()) {
                must.add(new Plan.MatchAll());
            }
            return new Plan.Bool(must, List.of(), mustNot, 0);
        }

        private Plan or(List<QueryExpression> parts, Set<SearchField> fields, boolean wanted) {
            List<Plan> should = new ArrayList<>();
            for (QueryExpression part : parts) {
                Plan plan = plan(part, fields, wanted);
                if (plan != null) should.add(plan);
            }
            if (should.isEmpty()) return null;
            return should.size() == 1 ? should.get(0) : new Plan.Bool(List.of(), should, List.of(), 1);
        }

        private static Plan allBut(Plan excluded) {
            return excluded == null ? null : new Plan.Bool(List.of(new Plan.MatchAll()), List.of(), List.of(excluded), 0);
        }

        private Plan leaf(Set<SearchField> fields, QueryLeaf terms, boolean wanted) {
            if (terms.stemmed().isEmpty() && terms.folded().isEmpty()) return null;
            QueryLeaf leaf = new QueryLeaf(fields, terms.stemmed(), terms.folded());
            if (wanted) positive.add(leaf);
            List<Plan> should = new ArrayList<>();
            for (SearchField field : EnumSet.copyOf(fields)) {
                float boost = boost(field);
                if (!leaf.stemmed().isEmpty()) should.add(boosted(match(IndexFields.stemmed(field), leaf.stemmed()), boost));
                if (!leaf.folded().isEmpty()) should.add(boosted(match(IndexFields.folded(field), leaf.folded()), boost));
            }
            return should.size() == 1 ? should.get(0) : new Plan.Bool(List.of(), should, List.of(), 1);
        }

        /** A word's tokens; none when the user's language drops it, unless the query is only such words. */
        private QueryLeaf wordTerms(QueryExpression.Word word) {
            QueryLeaf terms = terms(word, word.text());
            if (!terms.stemmed().isEmpty()) return terms;
            return stopWordsOnly ? terms : new QueryLeaf(Set.of(), List.of(), List.of());
        }

        private QueryLeaf phraseTerms(QueryExpression.Phrase phrase) {
            return terms(phrase, phrase.text());
        }

        private QueryLeaf terms(QueryExpression expression, String text) {
            return analysed.computeIfAbsent(expression, e -> new QueryLeaf(Set.of(),
                    capped(analysis.stemmed(text, language)), capped(analysis.folded(text))));
        }

        private static List<String> capped(List<String> tokens) {
            return tokens.size() <= MAX_PHRASE_TOKENS ? tokens : tokens.subList(0, MAX_PHRASE_TOKENS);
        }

        private static Plan match(String field, List<String> tokens) {
            return tokens.size() == 1 ? new Plan.Term(field, tokens.get(0)) : new Plan.Phrase(field, tokens);
        }

        private static Plan boosted(Plan plan, float boost) {
            return boost == 1.0f ? plan : new Plan.Boost(plan, boost);
        }
    }
}
