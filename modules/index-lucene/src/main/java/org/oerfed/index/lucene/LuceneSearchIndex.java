package org.oerfed.index.lucene;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.oerfed.core.search.RejectedDocumentsException;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;
import org.oerfed.core.search.Suggestion;
import org.oerfed.index.analysis.DocumentAnalysis;
import org.oerfed.index.analysis.DocumentJson;
import org.oerfed.index.analysis.Plan;
import org.oerfed.index.analysis.PlannedQuery;
import org.oerfed.index.analysis.QueryPlanner;
import org.oerfed.index.analysis.TextAnalysis;

/**
 * {@link SearchIndex} on an embedded Lucene index in a directory on disk: the zero-setup default.
 *
 * <p>Documents are analysed in the service ({@code index-analysis}) and indexed as the Elasticsearch adapter
 * indexes them, and queries are planned there and translated node for node, so that both engines answer
 * alike. Writes go through one {@link IndexWriter} per generation; searches through near-real-time searchers
 * that {@link #refresh()} commits and reopens. Reopening is explicit, never timed: the port makes writes
 * visible at {@code refresh()}, and the pipeline refreshes after each batch.
 *
 * <p>The directory holds generations of the index and a pointer to the live one ({@link IndexLayout}); a
 * rebuild fills the next generation while the live one serves, and completing it swaps them atomically.
 * One instance owns the directory (a lock keeps a second one out) and is safe for concurrent use.
 */
public final class LuceneSearchIndex implements SearchIndex {

    private static final String ENGINE = "Lucene";

    private final DocumentAnalysis analysis;
    private final QueryPlanner planner;
    private final LuceneDocuments documents;
    private final LuceneSearch searches;
    private final TitleSuggestions suggestions;
    private final IndexLayout layout;
    private final Generations generations;

    /** Opens the index in {@code directory} with analysis of its own; see {@link #LuceneSearchIndex(Path, TextAnalysis)}. */
    public LuceneSearchIndex(Path directory) {
        this(directory, new TextAnalysis());
    }

    /**
     * Opens the index in {@code directory}, creating the directory and an empty index if there is none. An
     * index of an older layout is deleted and an empty one started: see {@link #needsReindex()}.
     *
     * @param directory where the index files live; used by this instance alone
     * @param analysis  the service's text analysis, shared with the query side
     * @throws java.io.UncheckedIOException naming the directory if it cannot be opened, e.g. because another
     *                                      instance holds it
     */
    public LuceneSearchIndex(Path directory, TextAnalysis analysis) {
        this.analysis = new DocumentAnalysis(analysis);
        this.planner = new QueryPlanner(analysis);
        this.documents = new LuceneDocuments(new DocumentJson());
        this.searches = new LuceneSearch(documents);
        this.suggestions = new TitleSuggestions(documents);
        this.layout = IndexLayout.open(directory);
        try {
            this.generations = new Generations(layout);
        } catch (RuntimeException e) {
            layout.close();
            throw e;
        }
    }

    /**
     * Whether opening found an index it could not use (an older layout of the directory or of the fields, or a
     * generation gone missing) and started empty: the caller should rebuild the index from the graph.
     */
    public boolean needsReindex() {
        return layout.startedEmpty() || generations.liveStartedAnew();
    }

    @Override
    public void upsert(Collection<SearchDocument> documents) {
        write(documents, generations::write);
    }

    /**
     * Analyses documents once and writes them where {@code target} applies writes; a document the analysis
     * or Lucene refuses (e.g. a value over Lucene's 32766-byte term limit) is reported, the others written.
     */
    private void write(Collection<SearchDocument> batch, Consumer<Generation.Write> target) {
        Map<String, String> rejected = new LinkedHashMap<>();
        List<Map.Entry<Term, Document>> prepared = new ArrayList<>();
        for (DocumentAnalysis.Prepared<Document> document : analysis.prepareAll(batch, documents::toLucene)) {
            if (document.ok()) prepared.add(Map.entry(LuceneDocuments.idTerm(document.id()), document.value()));
            else rejected.put(document.id(), "not analysable: " + document.failure());
        }
        if (!prepared.isEmpty()) {
            target.accept(writer -> {
                for (Map.Entry<Term, Document> document : prepared) {
                    try {
                        writer.updateDocument(document.getKey(), document.getValue());
                    } catch (IllegalArgumentException e) {
                        // Lucene refuses single documents without harming the rest of the batch.
                        rejected.putIfAbsent(document.getKey().text(), e.getMessage());
                    }
                }
            });
        }
        if (!rejected.isEmpty()) throw new RejectedDocumentsException(ENGINE, rejected);
    }

    @Override
    public void delete(Collection<String> ids) {
        if (ids.isEmpty()) return;
        Term[] terms = ids.stream().map(LuceneDocuments::idTerm).toArray(Term[]::new);
        generations.write(writer -> writer.deleteDocuments(terms));
    }

    @Override
    public void refresh() {
        generations.refresh();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        PlannedQuery planned = planner.plan(query);
        return generations.read(searcher -> searches.run(searcher, query, planned));
    }

    @Override
    public List<Suggestion> suggest(String prefix, String language, int size) {
        if (size < 1 || size > 20) throw new IllegalArgumentException("size must be between 1 and 20, was " + size);
        if (prefix.isBlank()) return List.of();
        Plan plan = planner.suggestions(prefix, language);
        // Typing without words ("(", "*") suggests nothing rather than every title.
        if (plan instanceof Plan.MatchNone || plan instanceof Plan.MatchAll) return List.of();
        return generations.read(searcher -> suggestions.suggest(searcher, PlanQueries.toQuery(plan), size));
    }

    @Override
    public long count() {
        return generations.read(searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public void clear() {
        generations.write(IndexWriter::deleteAll);
    }

    @Override
    public Rebuild startRebuild() {
        Generation building = generations.startRebuild();
        return new LuceneRebuild(generations, building, batch -> write(batch, building::write));
    }

    /** Commits what was written, abandons a rebuild still running, and releases the directory. */
    @Override
    public void close() {
        generations.close();
    }
}
