package org.oerfed.index.lucene;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.oerfed.core.search.Facet;
import org.oerfed.index.analysis.IndexFields;
import org.oerfed.index.analysis.Plan;

/**
 * Translates a {@link Plan} node for node into the Lucene query Elasticsearch builds for the same node, so
 * that both engines match the same documents with the same scores; and the filters into non-scoring clauses.
 */
final class PlanQueries {

    private PlanQueries() {
    }

    static Query toQuery(Plan plan) {
        if (plan instanceof Plan.MatchAll) return new MatchAllDocsQuery();
        if (plan instanceof Plan.MatchNone) return new MatchNoDocsQuery();
        if (plan instanceof Plan.Term term) return new TermQuery(new Term(term.field(), term.token()));
        if (plan instanceof Plan.Phrase phrase) {
            return new PhraseQuery(phrase.field(), phrase.tokens().toArray(String[]::new));
        }
        // Elasticsearch's prefix query scores constantly by default; so does Lucene's default rewrite.
        if (plan instanceof Plan.Prefix prefix) return new PrefixQuery(new Term(prefix.field(), prefix.prefix()));
        if (plan instanceof Plan.Bool bool) return toBoolean(bool);
        if (plan instanceof Plan.Boost boost) return new BoostQuery(toQuery(boost.plan()), boost.boost());
        throw new IllegalArgumentException("unknown plan node " + plan);
    }

    private static Query toBoolean(Plan.Bool bool) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        add(builder, bool.must(), Occur.MUST);
        add(builder, bool.should(), Occur.SHOULD);
        add(builder, bool.mustNot(), Occur.MUST_NOT);
        builder.setMinimumNumberShouldMatch(bool.minimumShouldMatch());
        return builder.build();
    }

    private static void add(BooleanQuery.Builder builder, List<Plan> plans, Occur occur) {
        for (Plan plan : plans) builder.add(toQuery(plan), occur);
    }

    /**
     * The text query restricted by filters: within a facet any selected value, across facets all of them.
     * Filters do not score, so that they change which documents match and never their order.
     */
    static Query filtered(Query text, Map<Facet, Set<String>> filters) {
        if (filters.isEmpty()) return text;
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, Occur.MUST);
        filters.forEach((facet, values) -> builder.add(filter(facet, values), Occur.FILTER));
        return builder.build();
    }

    /**
     * The text query with the documents that fail two or more filters left out, for {@link FacetCounts} to
     * count sideways: those with every filter are the matches, those without one filter count for its facet.
     * Without filters, or with one, that is the text query alone.
     */
    static Query sideways(Query text, Map<Facet, Set<String>> filters) {
        if (filters.size() < 2) return text;
        BooleanQuery.Builder passing = new BooleanQuery.Builder();
        filters.forEach((facet, values) -> passing.add(filter(facet, values), Occur.SHOULD));
        passing.setMinimumNumberShouldMatch(filters.size() - 1);
        return new BooleanQuery.Builder().add(text, Occur.MUST).add(passing.build(), Occur.FILTER).build();
    }

    private static Query filter(Facet facet, Set<String> values) {
        return new TermInSetQuery(IndexFields.facet(facet), values.stream().map(BytesRef::new).toList());
    }
}
