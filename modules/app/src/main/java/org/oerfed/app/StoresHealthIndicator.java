package org.oerfed.app;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.graph.GraphStore;

/**
 * {@code /health} details for what OERfed keeps: the graph (how many record graphs) and the search index
 * (how many documents, or DOWN with the reason if the engine does not answer).
 */
@Singleton
class StoresHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
    /** Record graphs only: the vocabularies live in named graphs too. */
    private static final String COUNT_GRAPHS = "PREFIX oerfed: <https://w3id.org/oerfed/ns#> "
            + "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a oerfed:SourceRecord } }";
    private final GraphStore graph;
    private final SearchIndex index;

    StoresHealthIndicator(GraphStore graph, SearchIndex index) {
        this.graph = graph;
        this.index = index;
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
        details.put("searchDocuments", index.count());
        healthStatus = HealthStatus.UP;
        return details;
    }
}
