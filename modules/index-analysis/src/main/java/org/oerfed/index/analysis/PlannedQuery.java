package org.oerfed.index.analysis;

import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchHit;

/**
 * A query's text, parsed and analysed.
 *
 * @param plan       what the engine must match and score
 * @param hasWords   false when the text had no words: the plan is {@link Plan.MatchAll} and relevance order
 *                   falls back to id order
 * @param hits       turns each returned document into a hit with its matched fields and highlights
 */
public record PlannedQuery(Plan plan, boolean hasWords, HitExplainer hits) {

    /** Works out, from the document alone, what a query matched in it. */
    @FunctionalInterface
    public interface HitExplainer {
        SearchHit explain(SearchDocument document);
    }
}
