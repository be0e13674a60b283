package org.oerfed.core.search;

import java.util.Collection;

/**
 * Port: a search engine holding the projection of the graph. Adapters: embedded Lucene (the default) and
 * Elasticsearch; the contract suite in {@code index-tck} proves they answer alike.
 *
 * <p>Writes become visible to {@link #search} after {@link #refresh()}.
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds or replaces documents by id. */
    void upsert(Collection<SearchDocument> documents);

    /** Removes documents by id; unknown ids are ignored. */
    void delete(Collection<String> ids);

    /** Makes every write so far durable and visible to searches. */
    void refresh();

    SearchResult search(SearchQuery query);

    /** How many documents the index holds, as of the last refresh. */
    long count();

    /** Removes every document. */
    void clear();

    @Override
    void close();
}
