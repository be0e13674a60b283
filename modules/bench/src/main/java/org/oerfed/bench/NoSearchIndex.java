package org.oerfed.bench;

import java.util.Collection;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;

/**
 * A search index that keeps nothing, for measuring the graph side of an ingest alone: the ingester still
 * projects every record into a search document, and this drops it.
 */
final class NoSearchIndex implements SearchIndex {

    @Override
    public void upsert(Collection<SearchDocument> documents) {
    }

    @Override
    public void delete(Collection<String> ids) {
    }

    @Override
    public void refresh() {
    }

    @Override
    public SearchResult search(SearchQuery query) {
        throw new UnsupportedOperationException("the benchmark's search index keeps nothing");
    }

    @Override
    public java.util.List<org.oerfed.core.search.Suggestion> suggest(String prefix, String language, int size) {
        return java.util.List.of();
    }

    @Override
    public Rebuild startRebuild() {
        throw new UnsupportedOperationException("the benchmark's search index keeps nothing to rebuild");
    }

    @Override
    public long count() {
        return 0;
    }

    @Override
    public void clear() {
    }

    @Override
    public void close() {
    }
}
