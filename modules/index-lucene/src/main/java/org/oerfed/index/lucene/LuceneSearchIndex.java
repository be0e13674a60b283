package org.oerfed.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.oerfed.core.search.RejectedDocumentsException;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;

/**
 * {@link SearchIndex} on an embedded Lucene index in a directory on disk: the zero-setup default.
 *
 * <p>One instance owns the directory (Lucene's write lock keeps a second one out) and is safe for concurrent
 * use: writes go through one {@link IndexWriter}, searches through near-real-time searchers that
 * {@link #refresh()} reopens. Title and description are analysed by the standard analyzer without stop
 * words, as Elasticsearch's {@code standard} analyzer does, so both engines see the same words.
 */
public final class LuceneSearchIndex implements SearchIndex {

    private static final Sort BY_ID = new Sort(new SortField(IndexedFields.ID, SortField.Type.STRING));
    private static final Sort BY_SCORE_THEN_ID =
            new Sort(SortField.FIELD_SCORE, new SortField(IndexedFields.ID, SortField.Type.STRING));

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryBuilder queries;

    /**
     * Opens the index in {@code directory}, creating the directory and an empty index if there is none.
     *
     * @param directory where the index files live; used by this instance alone
     */
    public LuceneSearchIndex(Path directory) {
        StandardAnalyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        Directory opened = null;
        IndexWriter openedWriter = null;
        try {
            Files.createDirectories(directory);
            opened = FSDirectory.open(directory);
            openedWriter = new IndexWriter(opened,
                    new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            this.searchers = new SearcherManager(openedWriter, null);
        } catch (IOException e) {
            // Release what was opened, above all the write lock, so that a retry can succeed.
            IOUtils.closeWhileHandlingException(openedWriter, opened);
            throw new UncheckedIOException("opening Lucene index in " + directory, e);
        }
        this.directory = opened;
        this.writer = openedWriter;
        this.queries = new QueryBuilder(analyzer);
    }

    @Override
    public void upsert(Collection<SearchDocument> documents) {
        Map<String, String> rejected = new LinkedHashMap<>();
        for (SearchDocument document : documents) {
            try {
                writer.updateDocument(new Term(IndexedFields.ID, document.id()), IndexedFields.toLucene(document));
            } catch (IllegalArgumentException e) {
                // Lucene refuses single documents (e.g. a term over 32766 bytes) without harming the rest.
                rejected.put(document.id(), e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("indexing " + document.id(), e);
            }
        }
        if (!rejected.isEmpty()) throw new RejectedDocumentsException("Lucene", rejected);
    }

    @Override
    public void delete(Collection<String> ids) {
        if (ids.isEmpty()) return;
        Term[] terms = ids.stream().map(id -> new Term(IndexedFields.ID, id)).toArray(Term[]::new);
        try {
            writer.deleteDocuments(terms);
        } catch (IOException e) {
            throw new UncheckedIOException("deleting " + ids.size() + " documents", e);
        }
    }

    @Override
    public void refresh() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("refreshing the Lucene index", e);
        }
    }

    @Override
    public SearchResult search(SearchQuery query) {
        Set<String> words = queries.words(query);
        Query luceneQuery = queries.build(query, words);
        Sort sort = words.isEmpty() ? BY_ID : BY_SCORE_THEN_ID;
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, luceneQuery, sort, query);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the Lucene index", e);
        }
    }

    private static SearchResult search(IndexSearcher searcher, Query luceneQuery, Sort sort, SearchQuery query)
            throws IOException {
        int wanted = query.offset() + query.size();
        // The facet counter counts every match, so the top-hits collector may stop counting early.
        int numHits = Math.max(1, Math.min(wanted, searcher.getIndexReader().maxDoc()));
        TopFieldCollectorManager topHits = new TopFieldCollectorManager(sort, numHits, 0);
        Object[] results = searcher.search(luceneQuery, new MultiCollectorManager(topHits, new FacetCounts()));
        TopFieldDocs top = (TopFieldDocs) results[0];
        FacetCounts.Result counts = (FacetCounts.Result) results[1];

        List<SearchDocument> hits = new ArrayList<>();
        StoredFields storedFields = searcher.storedFields();
        ScoreDoc[] scoreDocs = top.scoreDocs;
        for (int i = query.offset(); i < scoreDocs.length; i++) {
            hits.add(IndexedFields.fromLucene(storedFields, scoreDocs[i].doc));
        }
        return new SearchResult(counts.matching(), hits, counts.facets());
    }

    @Override
    public long count() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("counting documents", e);
        }
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("clearing the Lucene index", e);
        }
    }

    /** Commits what was written and releases the directory. */
    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the Lucene index", e);
        }
    }
}
