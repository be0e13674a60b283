package org.oerfed.app;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.graph.GraphStore;
import org.oerfed.graph.IndexJournal;

/**
 * {@code /health} details for what OERfed keeps: the graph (how many record graphs) and the search index
 * (how many documents, or DOWN with the reason if the engine does not answer), and how many index journal
 * entries wait for the catch-up pass (more than a few for long: the engine is failing).
 */
@Singleton
class StoresHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
    /** Record graphs only: the vocabularies live in named graphs too. */
    private static final String COUNT_GRAPHS = "PREFIX oerfed: <https://w3id.org/oerfed/ns#> "
            + "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a oerfed:SourceRecord } }";
    private final GraphStore graph;
    private final SearchIndex index;
    private final IndexJournal journal;

    StoresHealthIndicator(GraphStore graph, SearchIndex index, IndexJournal journal) {
        this.graph = graph;
        this.index = index;
        this.journal = journal;
    }

    @Override
    protected String getName() {
        return "stores";
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("recordGraphs", graph.read(dataset -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(COUNT_GRAPHS).build()) {
                return execution.execSelect().next().getLiteral("n").getLong();
            }
        }));
        details.put("indexJournal", journal.size());
        details.put("searchDocuments", index.count());
        healthStatus = HealthStatus.UP;
        return details;
    }
}
