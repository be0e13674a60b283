package org.oerfed.graph.sparql;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.oerfed.graph.GraphStore;

/**
 * Answers SPARQL 1.1 queries over the graph store, read-only: only query forms parse (an update is a bad
 * request), each query runs in a read transaction, with a time limit and a cap on solutions.
 */
public final class SparqlService {
    private final GraphStore store;
    private final Duration timeout;
    private final long maxResults;

    /**
     * @param timeout    how long one query may run before it is cancelled
     * @param maxResults the most solutions a SELECT returns; a larger LIMIT is lowered to it
     */
    public SparqlService(GraphStore store, Duration timeout, long maxResults) {
        this.store = store;
        this.timeout = timeout;
        this.maxResults = maxResults;
    }

    public SparqlResponse query(String queryText, String acceptHeader) {
        if (queryText == null || queryText.isBlank()) {
            throw new SparqlRequestException(400, "missing 'query': send a SPARQL query as the 'query' parameter or as the body", null);
        }
        Query query;
        try {
            query = QueryFactory.create(queryText);
        } catch (QueryParseException e) {
            throw new SparqlRequestException(400, "the query does not parse as SPARQL 1.1 (updates are not accepted): " + e.getMessage(), e);
        }
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > maxResults)) query.setLimit(maxResults);
        List<Lang> offered = query.isSelectType() || query.isAskType() ? SparqlFormat.RESULTS : SparqlFormat.GRAPHS;
        Lang lang = new AcceptHeader(acceptHeader).choose(offered).orElseThrow(() -> new SparqlRequestException(406,
                "none of the accepted formats can be produced for this query; offered: "
                        + offered.stream().map(l -> l.getContentType().getContentTypeStr()).toList(), null));
        try {
            byte[] body = store.read(dataset -> {
                try (QueryExecution execution = QueryExecution.dataset(dataset).query(query)
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    if (query.isSelectType()) {
                        ResultSet results = execution.execSelect();
                        ResultSetMgr.write(out, results, lang);
                    } else if (query.isAskType()) {
                        ResultSetMgr.write(out, execution.execAsk(), lang);
                    } else {
                        Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                        RDFDataMgr.write(out, model, lang);
                    }
                    return out.toByteArray();
                }
            });
            return new SparqlResponse(body, lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        } catch (QueryCancelledException e) {
            throw new SparqlRequestException(503, "the query ran longer than the limit of " + timeout.toSeconds() + " s and was cancelled", e);
        }
    }
}
