package org.oerfed.core.search;

import java.util.Collection;
import java.util.List;

/**
 * Port: a search engine holding the projection of the graph. Adapters: embedded Lucene (the default) and
 * Elasticsearch; the contract suite in {@code index-tck} proves they answer alike.
 *
 * <p>Writes become visible to {@link #search} after {@link #refresh()}. Implementations are safe for
 * concurrent use: searches go on while writes and rebuilds run.
 */
public interface SearchIndex extends AutoCloseable {

    /**
     * Adds or replaces documents by id.
     *
     * @throws RejectedDocumentsException if the engine refused some documents; the others are written
     * @throws RuntimeException           if the engine cannot be reached: nothing may be assumed written, and
     *                                    the caller keeps the documents to write them again later
     */
    void upsert(Collection<SearchDocument> documents);

    /** Removes documents by id; unknown ids are ignored. */
    void delete(Collection<String> ids);

    /** Makes every write so far durable and visible to searches. */
    void refresh();

    SearchResult search(SearchQuery query);

    /**
     * Titles that complete what a user is typing: every finished word is in the title and the last,
     * unfinished one starts a word of it; distinct titles, by title order. (Concept labels are suggested
     * from the vocabularies, above the index.)
     *
     * @param prefix   what was typed so far; blank gives nothing
     * @param language the user's language, BCP 47; empty when unknown
     * @param size     at most this many, 1 to 20
     */
    List<Suggestion> suggest(String prefix, String language, int size);

    /** How many documents the index holds, as of the last refresh. */
    long count();

    /** Removes every document. */
    void clear();

    /**
     * Starts building a new index beside the live one, which keeps serving searches. Until the rebuild
     * completes or is abandoned, every {@link #upsert} and {@link #delete} goes to both, so nothing written
     * meanwhile is missing from the new index. One rebuild at a time.
     *
     * @throws IllegalStateException if a rebuild is already running
     */
    Rebuild startRebuild();

    /** A new index being filled; see {@link #startRebuild()}. */
    interface Rebuild extends AutoCloseable {
        /** Writes documents into the new index only. */
        void upsert(Collection<SearchDocument> documents);

        /** Makes the new index the live one in one atomic step and drops the old one. */
        void complete();

        /** Abandons the new index unless {@link #complete()} was called; the live index is untouched. */
        @Override
        void close();
    }

    @Override
    void close();
}
