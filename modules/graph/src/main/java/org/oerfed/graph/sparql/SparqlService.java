package org.oerfed.graph.sparql;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.oerfed.graph.GraphStore;

/**
 * Answers SPARQL 1.1 queries over the graph store, read-only: only query forms parse (an update is a bad
 * request), each query runs in a read transaction, with a time limit and a cap on solutions.
 *
 * <p>The answer is serialised in full before it is sent, so that a query cancelled at its time limit gets
 * an error status instead of a truncated 200; the cap on solutions bounds that buffer. {@code SERVICE} is
 * refused and FROM, FROM NAMED, {@code default-graph-uri} and {@code named-graph-uri} only pick stored
 * graphs: a query never makes the server fetch anything.
 */
public final class SparqlService {
    private final GraphStore store;
    private final Duration timeout;
    private final long maxResults;
    private final AtomicInteger running = new AtomicInteger();

    /**
     * @param timeout    how long one query may run before it is cancelled
     * @param maxResults the most solutions a SELECT, CONSTRUCT or DESCRIBE works on; a larger LIMIT is lowered to it
     */
    public SparqlService(GraphStore store, Duration timeout, long maxResults) {
        this.store = store;
        this.timeout = timeout;
        this.maxResults = maxResults;
    }

    /** A query over the whole dataset, its format chosen by the Accept header. */
    public SparqlResponse query(String queryText, String acceptHeader) {
        return query(SparqlRequest.of(queryText, acceptHeader));
    }

    /**
     * @throws SparqlRequestException 400 for a missing or bad query, 406 for a format that cannot be produced,
     *                                503 for a query cancelled at the time limit
     */
    public SparqlResponse query(SparqlRequest request) {
        Query query = parse(request.query());
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxResults)) query.setLimit(maxResults);
        Lang lang = format(query, request);
        DatasetDescription graphs = datasetOf(query, request);
        // the dataset is chosen here, from stored graphs only; left in the query, FROM could be read from the web
        query.getGraphURIs().clear();
        query.getNamedGraphURIs().clear();
        running.incrementAndGet();
        try {
            byte[] body = store.read(dataset -> execute(query, graphs == null ? dataset : DatasetFactory.wrap(
                    DynamicDatasets.dynamicDataset(graphs, dataset.asDatasetGraph(), false)), lang));
            return new SparqlResponse(body, lang.getContentType().getContentTypeStr() + "; charset=utf-8");
        } catch (QueryCancelledException e) {
            throw new SparqlRequestException(503, "the query ran longer than the limit of " + timeout.toMillis()
                    + " ms and was cancelled; narrow it (more specific patterns, a LIMIT) and try again", e);
        } finally {
            running.decrementAndGet();
        }
    }

    /** How many queries are running now. */
    public int running() {
        return running.get();
    }

    /** How long one query may run. */
    public Duration timeout() {
        return timeout;
    }

    /** The most solutions one query works on. */
    public long maxResults() {
        return maxResults;
    }

    private byte[] execute(Query query, Dataset dataset, Lang lang) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query)
                .set(ARQ.httpServiceAllowed, false)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (query.isSelectType()) {
                ResultSetMgr.write(out, execution.execSelect(), lang);
            } else if (query.isAskType()) {
                ResultSetMgr.write(out, execution.execAsk(), lang);
            } else {
                Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                if (RDFLanguages.isQuads(lang)) {
                    RDFDataMgr.write(out, DatasetGraphFactory.wrap(model.getGraph()), lang);
                } else {
                    RDFDataMgr.write(out, model, lang);
                }
            }
            return out.toByteArray();
        }
    }

    private static Query parse(String queryText) {
        if (queryText == null || queryText.isBlank()) {
            throw new SparqlRequestException(400, "missing 'query': send a SPARQL query as the 'query' parameter or as the body", null);
        }
        try {
            return QueryFactory.create(queryText);
        } catch (QueryParseException e) {
            throw new SparqlRequestException(400, "the query does not parse as SPARQL 1.1 (updates are not accepted): " + e.getMessage(), e);
        }
    }

    private static Lang format(Query query, SparqlRequest request) {
        List<Lang> offered = query.isSelectType() || query.isAskType() ? SparqlFormat.RESULTS : SparqlFormat.GRAPHS;
        String form = query.isSelectType() ? "SELECT" : query.isAskType() ? "ASK" : query.isConstructType() ? "CONSTRUCT" : "DESCRIBE";
        List<String> offeredTypes = offered.stream().map(l -> l.getContentType().getContentTypeStr()).toList();
        if (request.format() != null && !request.format().isBlank()) {
            Lang named = SparqlFormat.named(request.format()).orElseThrow(() -> new SparqlRequestException(400,
                    "unknown 'format' '" + request.format() + "': use a media type or one of " + SparqlFormat.shortNames(), null));
            if (!offered.contains(named)) {
                throw new SparqlRequestException(406, "format '" + request.format() + "' cannot answer a " + form
                        + " query; offered: " + offeredTypes, null);
            }
            return named;
        }
        return new AcceptHeader(request.accept()).choose(offered).orElseThrow(() -> new SparqlRequestException(406,
                "none of the accepted formats can answer a " + form + " query; offered: " + offeredTypes, null));
    }

    /** The graphs the query runs over, or null for the whole store: the protocol's parameters win over FROM. */
    private static DatasetDescription datasetOf(Query query, SparqlRequest request) {
        if (!request.defaultGraphUris().isEmpty() || !request.namedGraphUris().isEmpty()) {
            return DatasetDescription.create(request.defaultGraphUris(), request.namedGraphUris());
        }
        // copied: the query's own lists are cleared before it runs
        return query.hasDatasetDescription()
                ? DatasetDescription.create(List.copyOf(query.getGraphURIs()), List.copyOf(query.getNamedGraphURIs())) : null;
    }
}
