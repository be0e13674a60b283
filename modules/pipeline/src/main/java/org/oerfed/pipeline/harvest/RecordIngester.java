package org.oerfed.pipeline.harvest;

import java.util.ArrayList;
import java.util.List;
import org.oerfed.core.error.Fault;
import org.oerfed.core.error.OerfedException;
import org.oerfed.core.harvest.HarvestedRecord;
import org.oerfed.core.harvest.RecordPage;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.source.SourceConfig;
import org.oerfed.graph.GraphChanges;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.RecordGraph;
import org.oerfed.graph.normalise.RecordGraphBuilder;
import org.oerfed.graph.projection.SearchDocumentProjection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores one page of harvested records: normalises each into its record graph, writes the page to the graph
 * store in one transaction, then projects the stored graphs into the search index. The graph is written
 * first because it is the truth; the index follows it. A record that cannot be normalised is reported and
 * skipped; the rest of the page is stored.
 */
public final class RecordIngester {
    private static final Logger LOG = LoggerFactory.getLogger(RecordIngester.class);

    private final RecordGraphBuilder graphs;
    private final GraphStore store;
    private final SearchDocumentProjection projection;
    private final SearchIndex index;

    public RecordIngester(RecordGraphBuilder graphs, GraphStore store, SearchDocumentProjection projection, SearchIndex index) {
        this.graphs = graphs;
        this.store = store;
        this.projection = projection;
        this.index = index;
    }

    public PageOutcome ingest(SourceConfig source, RecordPage page) {
        List<RecordGraph> replaced = new ArrayList<>();
        List<String> deletedGraphs = new ArrayList<>();
        List<String> deletedIds = new ArrayList<>();
        List<SearchDocument> documents = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (HarvestedRecord record : page.records()) {
            if (record.deleted()) {
                deletedGraphs.add(graphs.graphUriOf(record));
                deletedIds.add(graphs.resourceIdOf(record));
                continue;
            }
            try {
                RecordGraph graph = graphs.build(source, record);
                documents.add(projection.project(graph));
                replaced.add(graph);
            } catch (OerfedException e) {
                if (e.fault() != Fault.RECORD) throw e;
                LOG.warn("Skipped a record: {}", e.getMessage());
                errors.add(e.getMessage());
            }
        }
        store.apply(new GraphChanges(replaced, deletedGraphs));
        if (!documents.isEmpty()) index.upsert(documents);
        if (!deletedIds.isEmpty()) index.delete(deletedIds);
        index.refresh();
        return new PageOutcome(replaced.size(), deletedGraphs.size(), errors);
    }
}
