package org.oerfed.pipeline.harvest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.DeadLetter;
import org.oerfed.core.harvest.DeadLetters;
import org.oerfed.core.harvest.HarvestError;
import org.oerfed.core.harvest.HarvestRun;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.harvest.SourceQuality;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.JournalEntry;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.RecordStates;
import org.oerfed.graph.merge.RecordMerger;
import org.oerfed.graph.merge.ResourceViews;
import org.oerfed.graph.merge.SourcePriorities;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.projection.SearchDocumentProjection;
import org.oerfed.graph.quality.QualityMeasure;
import org.oerfed.graph.quality.RecordShapes;
import org.oerfed.graph.quality.RecordValidator;
import org.oerfed.pipeline.index.IndexCatchUp;
import org.oerfed.pipeline.index.IndexPass;
import org.oerfed.pipeline.index.PendingSettlements;
import org.oerfed.pipeline.index.ResourceIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores pages of harvested records: tells new, changed, unchanged and deleted records apart by their
 * stored datestamps, normalises the new and changed ones into record graphs, writes them to the graph store
 * in one transaction, merged with other sources' records of the same resources ({@link RecordMerger}), and
 * then writes the resources they changed to the search index.
 *
 * <p>Crash safety: the graph is the truth and is written first. The same transaction journals every
 * resource the batch changed ({@link org.oerfed.graph.IndexJournal}); once the index write is durable, those
 * entries are settled, that is removed from the journal, by the next batch's write transaction (or by
 * {@link #settleIndexJournal()} when a run ends) rather than by a commit of their own: one commit a batch
 * instead of two. A crash anywhere leaves every entry whose resource the index may lack, and at most one
 * batch's worth more, which the catch-up pass indexes again to no effect. A crash or a failing search engine
 * between the graph commit and the index write leaves the batch's entries for {@link IndexCatchUp}, and the
 * batch is not written again: a resumed run finds its records unchanged. A search engine that fails fails
 * the batch as a SETUP fault after the graph commit, so that the operator sees it in the run; nothing is lost.
 * Writing a batch twice changes nothing. A record that cannot be normalised becomes an error and a dead
 * letter; the rest of the page is stored. Every record graph is validated against the target model's shapes
 * before it is stored, and carries its validation report; {@link #quality(String)} measures a source's records.
 */
public final class RecordIngester {
    private static final Logger LOG = LoggerFactory.getLogger(RecordIngester.class);

    private final RecordGraphBuilder graphs;
    private final GraphStore store;
    private final RecordStates states;
    private final RecordMerger merger;
    private final ResourceIndexer indexer;
    private final DeadLetters deadLetters;
    private final Clock clock;
    private final RecordValidator validator;
    private final QualityMeasure quality;
    private final PendingSettlements settlements = new PendingSettlements();

    /**
     * An ingester that validates against the shapes bundled with OERfed, with an index writer of its own and
     * every source of equal priority (tests, benchmarks). A service shares one {@link ResourceIndexer}
     * between its ingester and its {@link IndexCatchUp}.
     */
    public RecordIngester(RecordGraphBuilder graphs, GraphStore store, SearchDocumentProjection projection, SearchIndex index,
                          DeadLetters deadLetters, Clock clock) {
        this(graphs, store, projection, index, deadLetters, clock, RecordShapes.bundled());
    }

    /** @param shapes what every record graph is validated against */
    public RecordIngester(RecordGraphBuilder graphs, GraphStore store, SearchDocumentProjection projection, SearchIndex index,
                          DeadLetters deadLetters, Clock clock, RecordShapes shapes) {
        this(graphs, store, new ResourceIndexer(store, new ResourceViews(graphs.ids(), SourcePriorities.none()), projection, index,
                graphs.ids()), deadLetters, clock, shapes);
    }

    /**
     * @param indexer writes the resources a batch changed to the search index; the one the catch-up pass uses
     * @param shapes  what every record graph is validated against
     */
    public RecordIngester(RecordGraphBuilder graphs, GraphStore store, ResourceIndexer indexer, DeadLetters deadLetters, Clock clock,
                          RecordShapes shapes) {
        this.validator = new RecordValidator(shapes);
        this.quality = new QualityMeasure(store, shapes, clock);
        this.graphs = graphs;
        this.store = store;
        this.states = new RecordStates(store);
        this.merger = new RecordMerger(graphs.ids());
        this.indexer = indexer;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    /** Whether records in this format can be normalised. */
    public boolean reads(String metadataPrefix) {
        return graphs.supports(metadataPrefix);
    }

    /** Stores one page; see {@link #ingest(SourceConfig, List, String, boolean)}. */
    public PageOutcome ingest(SourceConfig source, RecordPage page, String runId, boolean touchUnchanged) {
        return ingest(source, List.of(page), runId, touchUnchanged);
    }

    /**
     * Stores several pages in one commit: fewer, larger transactions make a harvest several times faster,
     * since every commit forces the graph and the index to disk.
     *
     * @param runId          the run, for errors and dead letters
     * @param touchUnchanged whether unchanged records are marked seen (a full harvest needs it to find the
     *                       records a source no longer has)
     */
    public PageOutcome ingest(SourceConfig source, List<RecordPage> pages, String runId, boolean touchUnchanged) {
        return commit(prepare(source, pages, runId, touchUnchanged));
    }

    /**
     * The first half of {@link #ingest(SourceConfig, List, String, boolean) ingest}, which writes nothing: tells
     * new and changed records apart from the rest by the datestamps stored now, and normalises and validates
     * them. A harvest prepares its next batch while this store's single writer commits the one before it
     * ({@link PipelinedIngest}); {@link #commit} then checks the verdicts again.
     */
    public PreparedBatch prepare(SourceConfig source, List<RecordPage> pages, String runId, boolean touchUnchanged) {
        // a source may list a record twice; the last one counts
        Map<String, HarvestedRecord> byGraph = new LinkedHashMap<>();
        for (RecordPage page : pages) {
            for (HarvestedRecord record : page.records()) {
                String graphUri = graphs.graphUriOf(record);
                byGraph.remove(graphUri);
                byGraph.put(graphUri, record);
            }
        }
        Map<String, Instant> stored = states.datestamps(byGraph.keySet());
        List<Map.Entry<String, HarvestedRecord>> toBuild = byGraph.entrySet().stream()
                .filter(entry -> needsBuilding(entry.getValue(), stored.get(entry.getKey()))).toList();
        // normalising, linking and validating are most of a record's cost outside the store and share nothing
        // between records: every core takes a share
        Map<String, Built> built = new HashMap<>();
        toBuild.parallelStream().map(entry -> build(source, entry.getKey(), entry.getValue())).toList()
                .forEach(result -> built.put(result.graphUri(), result));
        return new PreparedBatch(source, runId, touchUnchanged, pages.size(), byGraph, built);
    }

    /**
     * The second half of {@link #ingest(SourceConfig, List, String, boolean) ingest}: stores a prepared batch
     * in one write transaction and indexes what it changed. The stored datestamps are read again first: a
     * batch committed since this one was prepared may hold some of its records (a source that lists a record
     * twice, an update between two pages), and the verdict is the one against the graph as it is now; a
     * record that turns out to need normalising after all is normalised here.
     */
    public PageOutcome commit(PreparedBatch batch) {
        Map<String, Instant> stored = states.datestamps(batch.byGraph.keySet());
        List<String> deletedGraphs = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<Built> built = new ArrayList<>();
        long unchanged = 0;
        for (Map.Entry<String, HarvestedRecord> entry : batch.byGraph.entrySet()) {
            String graphUri = entry.getKey();
            HarvestedRecord record = entry.getValue();
            Instant storedStamp = stored.get(graphUri);
            if (record.deleted()) {
                if (storedStamp != null) deletedGraphs.add(graphUri);
            } else if (!needsBuilding(record, storedStamp)) {
                unchanged++;
                if (batch.touchUnchanged) seen.add(graphUri);
            } else {
                Built prepared = batch.built.get(graphUri);
                built.add(prepared != null ? prepared : build(batch.source, graphUri, record));
            }
        }

        List<RecordGraph> replaced = new ArrayList<>();
        List<HarvestError> errors = new ArrayList<>();
        long added = 0;
        long updated = 0;
        for (Built result : built) {
            HarvestedRecord record = result.record();
            if (result.failure() != null) {
                LOG.warn("Skipped a record: {}", result.failure().getMessage());
                errors.add(new HarvestError(clock.instant(), Fault.RECORD, record.identifier(), result.failure().getMessage()));
                deadLetters.put(new DeadLetter(batch.source.id(), batch.runId, record.identifier(), result.failure().getMessage(),
                        record.metadata().orElse(""), clock.instant()));
                continue;
            }
            replaced.add(result.graph());
            if (stored.containsKey(result.graphUri())) updated++;
            else added++;
        }
        IndexPass indexed = write(new RecordMerger.Batch(replaced, deletedGraphs, seen, clock.instant()));
        indexed.rejected().forEach((resourceId, reason) -> errors.add(new HarvestError(clock.instant(), Fault.RECORD,
                resourceId, "stored in the graph, but the search engine refused its document: " + reason)));
        return new PageOutcome(new HarvestRun.Counts(batch.pages, added, updated, unchanged, deletedGraphs.size(), errors.size()), errors);
    }

    /**
     * Removes from the index journal the entries whose resources the search index already holds. The
     * ingester otherwise removes them in its next write transaction; a harvest calls this when it ends, so
     * that the journal holds only what the index lacks. Not calling it loses nothing: the catch-up pass
     * indexes such resources again.
     */
    public void settleIndexJournal() {
        List<JournalEntry> settling = settlements.take();
        if (settling.isEmpty()) return;
        try {
            store.apply(GraphChanges.settling(settling));
        } catch (RuntimeException e) {
            settlements.add(settling);
            throw e;
        }
    }

    /** A batch normalised and validated by {@link #prepare}, waiting to be {@link #commit committed}. */
    public static final class PreparedBatch {
        private final SourceConfig source;
        private final String runId;
        private final boolean touchUnchanged;
        private final int pages;
        private final Map<String, HarvestedRecord> byGraph;
        private final Map<String, Built> built;

        private PreparedBatch(SourceConfig source, String runId, boolean touchUnchanged, int pages, Map<String, HarvestedRecord> byGraph,
                              Map<String, Built> built) {
            this.source = source;
            this.runId = runId;
            this.touchUnchanged = touchUnchanged;
            this.pages = pages;
            this.byGraph = byGraph;
            this.built = built;
        }
    }

    /** Whether a record must be normalised and written: it is new, or its datestamp is not the stored one. */
    private static boolean needsBuilding(HarvestedRecord record, Instant storedStamp) {
        return !record.deleted() && !record.datestamp().equals(storedStamp);
    }

    /** A record normalised, or why it could not be. */
    private record Built(String graphUri, HarvestedRecord record, RecordGraph graph, OerfedException failure) {
    }

    private Built build(SourceConfig source, String graphUri, HarvestedRecord record) {
        try {
            RecordGraph graph = graphs.build(source, record);
            validator.validate(graph);
            return new Built(graphUri, record, graph, null);
        } catch (OerfedException e) {
            if (e.fault() != Fault.RECORD) throw e;
            return new Built(graphUri, record, null, e);
        }
    }

    /** The quality of a source's stored records, measured over the graph store now. */
    public SourceQuality quality(String sourceId) {
        return quality.measure(sourceId);
    }

    /**
     * Removes the records of a source that a full harvest started at {@code since} did not see: the source no
     * longer has them.
     *
     * @return how many were removed
     */
    public long removeNotSeenSince(SourceConfig source, Instant since) {
        return remove(states.notSeenSince(source.id(), since));
    }

    /** Removes everything harvested from a source, when the operator removes the source for good. */
    public long removeAll(String sourceId) {
        long removed = remove(states.recordGraphsOf(sourceId));
        // no run follows to settle what the removal journaled
        settleIndexJournal();
        return removed;
    }

    private long remove(List<String> gone) {
        if (gone.isEmpty()) return 0;
        write(RecordMerger.Batch.deleting(gone));
        return gone.size();
    }

    /**
     * Commits a batch to the graph, with the journal entries earlier batches left settled, then indexes the
     * resources it journaled; their entries are settled in the next write.
     */
    private IndexPass write(RecordMerger.Batch batch) {
        if (batch.written().isEmpty() && batch.deleted().isEmpty() && batch.seen().isEmpty()) return IndexPass.NONE;
        Function<Dataset, GraphChanges> planner = merger.planner(batch);
        List<JournalEntry> settling = settlements.take();
        GraphChanges applied;
        try {
            applied = store.apply(dataset -> planner.apply(dataset).settlingAlso(settling));
        } catch (RuntimeException e) {
            // nothing, or everything, was committed: removing the entries again is harmless, losing them is not
            settlements.add(settling);
            throw e;
        }
        // the index projects the graphs just written from memory: read back from TDB2 they would miss its node
        // caches (a write transaction leaves only its last thousand new terms there)
        Map<String, Model> written = new HashMap<>();
        for (RecordGraph graph : applied.replaced()) store.asStored(graph.model()).ifPresent(m -> written.put(graph.graphUri(), m));
        return indexer.index(applied.journalled(), written, settlements::add);
    }
}
