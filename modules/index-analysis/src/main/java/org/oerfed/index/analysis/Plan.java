package org.oerfed.index.analysis;

import java.util.List;

/**
 * The text part of a query, analysed, as a small tree each engine translates node for node (Lucene
 * {@code BooleanQuery}/{@code TermQuery}/{@code PhraseQuery}/{@code PrefixQuery}/{@code BoostQuery}, Elasticsearch
 * {@code bool}/{@code term}/{@code match_phrase}-equivalent/{@code prefix}/{@code boost}), so that both score
 * alike. Field names are {@link IndexFields} names; tokens are already analysed and must not be analysed
 * again. Filters, sort and paging are not part of it.
 */
public sealed interface Plan {

    /** Every document, all scoring alike. */
    record MatchAll() implements Plan {
    }

    /** No document (e.g. title suggestions for a prefix without words). */
    record MatchNone() implements Plan {
    }

    /** Documents whose field has the token. */
    record Term(String field, String token) implements Plan {
    }

    /** Documents whose field has the tokens at consecutive positions. */
    record Phrase(String field, List<String> tokens) implements Plan {
        public Phrase {
            tokens = List.copyOf(tokens);
        }
    }

    /** Documents whose field has a token starting with the prefix (suggestions only). */
    record Prefix(String field, String prefix) implements Plan {
    }

    /**
     * Boolean combination: every {@code must}, at least {@code minimumShouldMatch} of {@code should} (0 when
     * there are musts: then shoulds only add to the score), no {@code mustNot}. A Bool with only mustNot
     * clauses matches nothing; the planner adds a {@link MatchAll} must where it means "all but" (a query of
     * negations only, {@code -video}, matches every document without the word).
     */
    record Bool(List<Plan> must, List<Plan> should, List<Plan> mustNot, int minimumShouldMatch) implements Plan {
        public Bool {
            must = List.copyOf(must);
            should = List.copyOf(should);
            mustNot = List.copyOf(mustNot);
        }
    }

    /** Multiplies the score of the inner plan. */
    record Boost(Plan plan, float boost) implements Plan {
    }
}
