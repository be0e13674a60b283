package org.oerfed.pipeline.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.search.RejectedDocumentsException;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.JournalEntry;
import org.oerfed.graph.ResourceIds;
import org.oerfed.graph.merge.ResourceViews;
import org.oerfed.graph.projection.ResourceView;
import org.oerfed.graph.projection.SearchDocumentProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the resources that index journal entries name to the search index, as the graph holds them now:
 * each resource is projected from every record graph that describes it (a document upserted), or deleted
 * from the index when none is left. The entries are settled (removed from the journal) only once the index
 * has made the writes durable, so a failure or a crash in between leaves them for the catch-up pass.
 *
 * <p>One instance serves the ingester and the catch-up pass of a store, and passes run one at a time: each
 * reads the graph after the one before it wrote the index, so an older projection never overwrites a newer.
 */
public final class ResourceIndexer {
    private static final Logger LOG = LoggerFactory.getLogger(ResourceIndexer.class);
    /** Resources projected and written per index write, as many as a harvest commits at once. */
    static final int CHUNK = 1000;

    private final GraphStore store;
    private final ResourceViews views;
    private final SearchDocumentProjection projection;
    private final SearchIndex index;
    private final ResourceIds ids;

    public ResourceIndexer(GraphStore store, ResourceViews views, SearchDocumentProjection projection, SearchIndex index, ResourceIds ids) {
        this.store = store;
        this.views = views;
        this.projection = projection;
        this.index = index;
        this.ids = ids;
    }

    /**
     * Indexes the resources the entries name and settles the entries.
     *
     * @throws OerfedException SETUP when the search index cannot be written: the entries stay in the journal
     */
    public IndexPass index(Collection<JournalEntry> entries) {
        return index(entries, Map.of(), settled -> store.apply(GraphChanges.settling(settled)));
    }

    /**
     * Indexes the resources the entries name and hands the entries it settles to {@code settle}, a chunk at a
     * time, once the index has made that chunk's writes durable; removing them from the journal is then the
     * caller's: the ingester does it in its next write transaction rather than in a commit of its own.
     *
     * @param written record graphs the caller has just committed, by graph URI, as the store gives them back
     *                ({@link GraphStore#asStored}): projected from there instead of read again
     *
     * @throws OerfedException SETUP when the search index cannot be written: the entries of the chunk that
     *                         failed, and of those after it, are not handed over
     */
    public synchronized IndexPass index(Collection<JournalEntry> entries, Map<String, Model> written,
                                        Consumer<List<JournalEntry>> settle) {
        Map<String, List<JournalEntry>> byResource = new LinkedHashMap<>();
        for (JournalEntry entry : entries) byResource.computeIfAbsent(entry.resourceUri(), r -> new ArrayList<>()).add(entry);
        // a source removed for good can journal every resource it had: project and write them a chunk at a time
        IndexPass done = IndexPass.NONE;
        Map<String, List<JournalEntry>> chunk = new LinkedHashMap<>();
        for (Map.Entry<String, List<JournalEntry>> resource : byResource.entrySet()) {
            chunk.put(resource.getKey(), resource.getValue());
            if (chunk.size() == CHUNK) {
                done = done.plus(indexChunk(chunk, written, settle));
                chunk.clear();
            }
        }
        return chunk.isEmpty() ? done : done.plus(indexChunk(chunk, written, settle));
    }

    /**
     * Rebuilds the whole index from the graph into a new index beside the live one, which serves searches
     * until the new one replaces it in one step. Harvests go on meanwhile: each chunk is read from the graph
     * and written under the same lock as the passes, and the engine sends the passes' writes to both
     * indexes, so whichever of a pass and a chunk comes second writes the newer projection.
     *
     * @return what was written to the new index
     * @throws OerfedException SETUP when the search engine fails; the live index is left as it was
     */
    public IndexPass rebuild() {
        List<String> resources = store.read(views::allResources);
        LOG.info("Rebuilding the search index from the graph: {} resources", resources.size());
        IndexPass done = IndexPass.NONE;
        try (SearchIndex.Rebuild rebuild = index.startRebuild()) {
            for (int from = 0; from < resources.size(); from += CHUNK) {
                done = done.plus(rebuildChunk(rebuild, resources.subList(from, Math.min(resources.size(), from + CHUNK))));
            }
            synchronized (this) {
                rebuild.complete();
            }
        } catch (OerfedException e) {
            throw e;
        } catch (RuntimeException e) {
            throw OerfedException.setup("the search index could not be rebuilt; the live index is unchanged: " + e.getMessage(), e);
        }
        LOG.info("Search index rebuilt: {} documents, {} refused", done.upserted(), done.rejected().size());
        return done;
    }

    private synchronized IndexPass rebuildChunk(SearchIndex.Rebuild rebuild, List<String> resources) {
        List<ResourceView> viewed = store.read(dataset -> resources.stream()
                .map(resource -> views.view(dataset, resource)).flatMap(Optional::stream).toList());
        List<SearchDocument> documents = new ArrayList<>();
        for (ResourceView view : viewed) {
            try {
                documents.add(projection.project(view));
            } catch (RuntimeException e) {
                LOG.error("Resource {} left out of the rebuilt index: its projection failed: {}", view.resourceId(), e.getMessage(), e);
            }
        }
        Map<String, String> rejected = Map.of();
        try {
            rebuild.upsert(documents);
        } catch (RejectedDocumentsException e) {
            rejected = e.reasonsById();
            LOG.error("The search engine refused {} document(s) of the rebuild: {}", rejected.size(), e.getMessage());
        }
        return new IndexPass(documents.size() - rejected.size(), 0, List.of(), rejected);
    }

    private IndexPass indexChunk(Map<String, List<JournalEntry>> byResource, Map<String, Model> written,
                                 Consumer<List<JournalEntry>> settle) {
        Map<String, Optional<ResourceView>> viewed = store.read(dataset -> {
            Map<String, Optional<ResourceView>> found = new LinkedHashMap<>();
            for (String resource : byResource.keySet()) {
                if (ids.resourceIdOf(resource).isPresent()) found.put(resource, views.view(dataset, resource, written));
            }
            return found;
        });
        List<SearchDocument> documents = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        List<JournalEntry> settled = new ArrayList<>();
        List<JournalEntry> unprojectable = new ArrayList<>();
        for (Map.Entry<String, List<JournalEntry>> resource : byResource.entrySet()) {
            Optional<ResourceView> view = viewed.get(resource.getKey());
            if (view == null) {
                // minted under another base URI: no document of this service has that id
                LOG.warn("Index journal names {}, which is not a resource of this service; dropped", resource.getKey());
            } else if (view.isEmpty()) {
                gone.add(ids.resourceIdOf(resource.getKey()).orElseThrow());
            } else {
                try {
                    documents.add(projection.project(view.get()));
                } catch (RuntimeException e) {
                    // one resource the projection cannot read must not hold up the others; it stays journaled
                    LOG.error("Resource {} not indexed: its projection failed: {}", resource.getKey(), e.getMessage(), e);
                    unprojectable.addAll(resource.getValue());
                    continue;
                }
            }
            settled.addAll(resource.getValue());
        }
        Map<String, String> rejected = Map.of();
        try {
            try {
                if (!documents.isEmpty()) index.upsert(documents);
            } catch (RejectedDocumentsException e) {
                // the engine wrote the others; these it refuses as they are, so retrying them cannot help
                rejected = e.reasonsById();
                LOG.error("The search engine refused {} document(s); they stay out of the index until their resources change: {}",
                        rejected.size(), e.getMessage());
            }
            if (!gone.isEmpty()) index.delete(gone);
            index.refresh();
        } catch (RuntimeException e) {
            throw OerfedException.setup("the search index could not be written; the graph holds the changes and "
                    + byResource.size() + " resources wait in the index journal for the catch-up pass: " + e.getMessage(), e);
        }
        if (!settled.isEmpty()) settle.accept(settled);
        return new IndexPass(documents.size() - rejected.size(), gone.size(), unprojectable, rejected);
    }
}
