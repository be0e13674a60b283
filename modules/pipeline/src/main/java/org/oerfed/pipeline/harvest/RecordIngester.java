package org.oerfed.pipeline.harvest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * resource the batch changed ({@link org.oerfed.graph.IndexJournal}); the index write settles those entries.
 * A crash or a failing search engine between the two leaves the entries for {@link IndexCatchUp}, and the
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

        List<String> deletedGraphs = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<HarvestedRecord> toBuild = new ArrayList<>();
        long unchanged = 0;
        for (Map.Entry<String, HarvestedRecord> entry : byGraph.entrySet()) {
            String graphUri = entry.getKey();
            HarvestedRecord record = entry.getValue();
            Instant storedStamp = stored.get(graphUri);
            if (record.deleted()) {
                if (storedStamp != null) deletedGraphs.add(graphUri);
            } else if (record.datestamp().equals(storedStamp)) {
                unchanged++;
                if (touchUnchanged) seen.add(graphUri);
            } else {
                toBuild.add(record);
            }
        }
        // normalising, linking and validating are most of a record's cost outside the store and share nothing
        // between records: every core takes a share, while the store's single writer waits for the batch
        List<Built> built = toBuild.parallelStream().map(record -> build(source, record)).toList();

        List<RecordGraph> replaced = new ArrayList<>();
        List<HarvestError> errors = new ArrayList<>();
        long added = 0;
        long updated = 0;
        for (Built result : built) {
            HarvestedRecord record = result.record();
            if (result.failure() != null) {
                LOG.warn("Skipped a record: {}", result.failure().getMessage());
                errors.add(new HarvestError(clock.instant(), Fault.RECORD, record.identifier(), result.failure().getMessage()));
                deadLetters.put(new DeadLetter(source.id(), runId, record.identifier(), result.failure().getMessage(),
                        record.metadata().orElse(""), clock.instant()));
                continue;
            }
            replaced.add(result.graph());
            if (stored.containsKey(result.graph().graphUri())) updated++;
            else added++;
        }
        IndexPass indexed = store(new RecordMerger.Batch(replaced, deletedGraphs, seen, clock.instant()));
        indexed.rejected().forEach((resourceId, reason) -> errors.add(new HarvestError(clock.instant(), Fault.RECORD,
                resourceId, "stored in the graph, but the search engine refused its document: " + reason)));
        return new PageOutcome(new HarvestRun.Counts(pages.size(), added, updated, unchanged, deletedGraphs.size(), errors.size()), errors);
    }

    /** A record normalised, or why it could not be. */
    private record Built(HarvestedRecord record, RecordGraph graph, OerfedException failure) {
    }

    private Built build(SourceConfig source, HarvestedRecord record) {
        try {
            RecordGraph graph = graphs.build(source, record);
            validator.validate(graph);
            return new Built(record, graph, null);
        } catch (OerfedException e) {
            if (e.fault() != Fault.RECORD) throw e;
            return new Built(record, null, e);
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
        return remove(states.recordGraphsOf(sourceId));
    }

    private long remove(List<String> gone) {
        if (gone.isEmpty()) return 0;
        store(RecordMerger.Batch.deleting(gone));
        return gone.size();
    }

    /** Commits a batch to the graph, then indexes the resources it journaled. */
    private IndexPass store(RecordMerger.Batch batch) {
        if (batch.written().isEmpty() && batch.deleted().isEmpty() && batch.seen().isEmpty()) return IndexPass.NONE;
        GraphChanges applied = store.apply(merger.planner(batch));
        return indexer.index(applied.journalled());
    }
}
