package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.List;
import org.oerfed.index.analysis.Plan;

/**
 * Translates a {@link Plan} node for node into the query DSL, choosing for each node the query Elasticsearch
 * turns into the Lucene query the Lucene adapter builds for it, so that both score alike: {@code term} is a
 * {@code TermQuery}; {@code match_phrase} with the {@code whitespace} analyzer on tokens that are already
 * analysed is a {@code PhraseQuery} with consecutive positions (one token: a {@code TermQuery}); {@code prefix}
 * is a {@code PrefixQuery} with Lucene's default constant-score rewrite; {@code bool} is a
 * {@code BooleanQuery}; a boost is a {@code BoostQuery} around the node it applies to, as Elasticsearch
 * wraps any query with a boost other than 1.
 */
final class PlanQueries {

    /** The analyzer of the mapped text fields, which only splits the pre-analysed tokens apart again. */
    private static final String WHITESPACE = "whitespace";

    private PlanQueries() {
    }

    static Query of(Plan plan) {
        return of(plan, 1f);
    }

    /**
     * @param boost the product of the boosts above this node; nested boosts multiply, as Lucene folds
     *              nested {@code BoostQuery}s into one
     */
    private static Query of(Plan plan, float boost) {
        Float b = boost == 1f ? null : boost;
        if (plan instanceof Plan.Boost boosted) {
            return of(boosted.plan(), boost * boosted.boost());
        }
        if (plan instanceof Plan.MatchAll) {
            return Query.of(q -> q.matchAll(m -> m.boost(b)));
        }
        if (plan instanceof Plan.MatchNone) {
            return Query.of(q -> q.matchNone(m -> m));
        }
        if (plan instanceof Plan.Term term) {
            return Query.of(q -> q.term(t -> t.field(term.field()).value(term.token()).boost(b)));
        }
        if (plan instanceof Plan.Phrase phrase) {
            if (phrase.tokens().isEmpty()) return Query.of(q -> q.matchNone(m -> m));
            return Query.of(q -> q.matchPhrase(p -> p.field(phrase.field()).query(String.join(" ", phrase.tokens()))
                    .analyzer(WHITESPACE).boost(b)));
        }
        if (plan instanceof Plan.Prefix prefix) {
            return Query.of(q -> q.prefix(p -> p.field(prefix.field()).value(prefix.prefix()).boost(b)));
        }
        if (plan instanceof Plan.Bool bool) {
            return bool(bool, b);
        }
        throw new IllegalArgumentException("unknown plan node " + plan);
    }

    private static Query bool(Plan.Bool bool, Float boost) {
        // Lucene matches nothing with only prohibited clauses; Elasticsearch would add a match_all.
        if (bool.must().isEmpty() && bool.should().isEmpty()) return Query.of(q -> q.matchNone(m -> m));
        return Query.of(q -> q.bool(b -> {
            b.must(all(bool.must())).should(all(bool.should())).mustNot(all(bool.mustNot())).boost(boost);
            // Left unset, Elasticsearch requires one should clause when there is no must, as Lucene does.
            if (bool.minimumShouldMatch() > 0) b.minimumShouldMatch(Integer.toString(bool.minimumShouldMatch()));
            return b;
        }));
    }

    private static List<Query> all(List<Plan> plans) {
        return plans.stream().map(PlanQueries::of).toList();
    }
}
