package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpUtils;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.search.RejectedDocumentsException;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchHit;
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
 * {@link SearchIndex} on an Elasticsearch 8 cluster, through the official Java client.
 *
 * <p>Documents are analysed in the service ({@code index-analysis}) and indexed as tokens that the cluster
 * only splits on whitespace, so its hits and scores are those of the Lucene adapter, and no analysis plugin
 * is needed. Searches go to the read alias, writes to the write alias, both on one physical index made from
 * the versioned index template ({@link IndexLayout}); a rebuild fills a new physical index and moves both
 * aliases to it at once. Writes are bulk requests with backpressure and retries ({@link BulkWriter}).
 *
 * <p>When the cluster cannot be reached, every call fails with an {@link OerfedException} of fault
 * {@link org.oerfed.core.error.Fault#SETUP}, after the retries for writes; the caller keeps what it wanted
 * written. Safe for concurrent use.
 */
public final class ElasticsearchSearchIndex implements SearchIndex {

    private static final String ENGINE = "Elasticsearch";
    private static final int MAX_SUGGESTIONS = 20;

    private final IndexLayout layout;
    private final ClusterConnection connection;
    private final ElasticsearchClient client;
    private final IndexAdmin admin;
    private final DocumentWriter writer;
    private final QueryPlanner planner;
    private final DocumentJson json = new DocumentJson();
    /** Writes hold it for reading; a rebuild's start and end for writing, so no write straddles them. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    /** The running rebuild, or null; guarded by {@link #lock}. */
    private ElasticsearchRebuild rebuild;

    /**
     * Connects to the cluster, installs the index template and creates the first physical index and the
     * aliases if there are none.
     *
     * @throws OerfedException (setup) if the cluster cannot be reached or its aliases point at an index of
     *                         another mapping version
     */
    public ElasticsearchSearchIndex(ElasticsearchSettings settings, TextAnalysis analysis) {
        this.layout = new IndexLayout(settings.index());
        this.connection = new ClusterConnection(settings);
        this.client = connection.client();
        this.admin = new IndexAdmin(client, layout, new IndexTemplate(layout, settings.replicas()));
        this.writer = new DocumentWriter(new DocumentAnalysis(analysis), new BulkWriter(client, settings), settings.bulkDocuments());
        this.planner = new QueryPlanner(analysis);
        try {
            admin.open();
        } catch (RuntimeException e) {
            writer.close();
            connection.close();
            throw e;
        }
    }

    /** With an analysis of its own; a service with both engines, or several indices, shares one. */
    public ElasticsearchSearchIndex(ElasticsearchSettings settings) {
        this(settings, new TextAnalysis());
    }

    @Override
    public void upsert(Collection<SearchDocument> documents) {
        if (documents.isEmpty()) return;
        Map<String, String> rejected;
        lock.readLock().lock();
        try {
            rejected = writer.upsert(documents, liveTargets());
        } finally {
            lock.readLock().unlock();
        }
        if (!rejected.isEmpty()) throw new RejectedDocumentsException(ENGINE, rejected);
    }

    @Override
    public void delete(Collection<String> ids) {
        if (ids.isEmpty()) return;
        Map<String, String> refused;
        lock.readLock().lock();
        try {
            refused = writer.delete(ids, liveTargets());
        } finally {
            lock.readLock().unlock();
        }
        if (!refused.isEmpty()) {
            throw OerfedException.setup("Elasticsearch refused to delete documents: " + refused, null);
        }
    }

    /** The write alias, and during a rebuild its new index. Called under the read lock. */
    private List<DocumentWriter.Target> liveTargets() {
        DocumentWriter.Target live = new DocumentWriter.Target(layout.writeAlias(), true);
        return rebuild == null ? List.of(live) : List.of(live, new DocumentWriter.Target(rebuild.index(), false));
    }

    @Override
    public void refresh() {
        admin.refresh(layout.writeAlias());
    }

    @Override
    public SearchResult search(SearchQuery query) {
        PlannedQuery planned = planner.plan(query);
        HitOrder order = HitOrder.of(query.sort(), planned.hasWords());
        SearchRequest request = SearchRequests.search(layout.readAlias(), query, planned, order);
        SearchResponse<StoredHit> response = ClusterCall.run("search in " + layout.readAlias(),
                () -> client.search(request, StoredHit.class));
        long total = response.hits().total().value();
        List<Hit<StoredHit>> hits = response.hits().hits();
        boolean more;
        if (query.cursor().isEmpty()) {
            more = query.offset() + hits.size() < total;
        } else {
            more = hits.size() > query.size();
            if (more) hits = hits.subList(0, query.size());
        }
        List<SearchHit> page = new ArrayList<>(hits.size());
        for (Hit<StoredHit> hit : hits) page.add(planned.hits().explain(document(hit)));
        String next = more && !hits.isEmpty() ? order.cursorAfter(hits.get(hits.size() - 1).sort()).encode() : "";
        return new SearchResult(total, page, FacetCounts.read(response.aggregations(), query.filters()), next);
    }

    /**
     * The body of the request {@link #search} sends to {@link #searchTarget()} for a query, as JSON: for
     * benchmarks that compare the service with Elasticsearch queried straight.
     */
    public String searchBody(SearchQuery query) {
        PlannedQuery planned = planner.plan(query);
        SearchRequest request = SearchRequests.search(layout.readAlias(), query, planned,
                HitOrder.of(query.sort(), planned.hasWords()));
        return JsonpUtils.toJsonString(request, client._jsonpMapper());
    }

    /** Where searches go: the read alias. */
    public String searchTarget() {
        return layout.readAlias();
    }

    @Override
    public List<Suggestion> suggest(String prefix, String language, int size) {
        if (size < 1 || size > MAX_SUGGESTIONS) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SUGGESTIONS + ", was " + size);
        }
        if (prefix == null || prefix.isBlank()) return List.of();
        Plan plan = planner.suggestions(prefix, language == null ? "" : language);
        SearchResponse<StoredHit> response = ClusterCall.run("suggestions from " + layout.readAlias(),
                () -> client.search(SearchRequests.suggestions(layout.readAlias(), plan, size), StoredHit.class));
        List<Suggestion> suggestions = new ArrayList<>();
        for (Hit<StoredHit> hit : response.hits().hits()) {
            SearchDocument document = document(hit);
            suggestions.add(new Suggestion(document.title(), Optional.empty(), document.id()));
        }
        return suggestions;
    }

    private SearchDocument document(Hit<StoredHit> hit) {
        return json.read(hit.source().document());
    }

    /** The part of a hit's source that searches fetch. */
    record StoredHit(JsonNode document) {
    }

    @Override
    public long count() {
        return ClusterCall.run("count of " + layout.readAlias(), () -> client.count(c -> c.index(layout.readAlias())))
                .count();
    }

    /**
     * Switches to a new, empty physical index, as a rebuild without documents: one atomic step, and no
     * delete-by-query, which minimal clusters lack.
     *
     * @throws IllegalStateException while a rebuild is running
     */
    @Override
    public void clear() {
        try (Rebuild empty = startRebuild()) {
            empty.complete();
        }
    }

    @Override
    public Rebuild startRebuild() {
        lock.writeLock().lock();
        try {
            if (rebuild != null) throw new IllegalStateException("a rebuild into " + rebuild.index() + " is running");
            rebuild = new ElasticsearchRebuild(admin.createNext(), admin, writer, lock, () -> rebuild = null);
            return rebuild;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Abandons a rebuild still running, then stops the writer's threads and closes the client. */
    @Override
    public void close() {
        try {
            ElasticsearchRebuild running;
            lock.writeLock().lock();
            try {
                running = rebuild;
            } finally {
                lock.writeLock().unlock();
            }
            if (running != null) running.close();
        } finally {
            writer.close();
            connection.close();
        }
    }

    /** The names of what this index keeps in the cluster. */
    IndexLayout layout() {
        return layout;
    }

    /** The client, for tests that ask the cluster what it made of a request. */
    ElasticsearchClient client() {
        return client;
    }
}
