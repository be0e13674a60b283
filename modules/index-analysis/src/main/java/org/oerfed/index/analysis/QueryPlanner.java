package org.oerfed.index.analysis;

import org.oerfed.core.search.SearchQuery;

/**
 * Parses a query's text in OERfed's query syntax (see {@link SearchQuery}), analyses its words for the
 * user's language and for the language-neutral fields, and plans what to match in which field. Never
 * fails on any text. Thread-safe.
 */
public final class QueryPlanner {

    private final TextAnalysis analysis;

    public QueryPlanner(TextAnalysis analysis) {
        this.analysis = analysis;
    }

    /** The plan of the query's text (not its filters, sort or paging). */
    public PlannedQuery plan(SearchQuery query) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * The plan of title suggestions for what a user has typed: every complete word must be in the title,
     * the last, unfinished one is a prefix of a title word.
     */
    public Plan suggestions(String prefix, String language) {
        throw new UnsupportedOperationException("not yet");
    }
}
