package org.oerfed.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oerfed.graph.linkeddata.VoidDescription;
import org.oerfed.graph.sparql.ServiceDescription;
import org.oerfed.graph.sparql.SparqlRequest;
import org.oerfed.graph.sparql.SparqlRequestException;
import org.oerfed.graph.sparql.SparqlResponse;
import org.oerfed.graph.sparql.SparqlService;

/**
 * The SPARQL 1.1 query protocol, read-only: {@code GET /sparql?query=}, {@code POST} of a form with
 * {@code query}, or {@code POST} of the query itself as {@code application/sparql-query}; each with optional
 * {@code default-graph-uri} and {@code named-graph-uri} parameters (repeatable) and a {@code format} parameter
 * that wins over {@code Accept}. {@code GET /sparql} without a query gives the Service Description.
 *
 * <p>Statuses: 400 for a missing or bad query or an update, 406 for a format that cannot answer the query,
 * 503 for a query cancelled at {@code oerfed.sparql.timeout}; each with a problem+json body.
 */
@Controller("/sparql")
@ExecuteOn(TaskExecutors.BLOCKING)
public class SparqlController {
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";
    private static final String DEFAULT_GRAPH = "default-graph-uri";
    private static final String NAMED_GRAPH = "named-graph-uri";
    private final SparqlService sparql;
    private final VoidDescription.Addresses addresses;

    public SparqlController(SparqlService sparql, VoidDescription.Addresses addresses) {
        this.sparql = sparql;
        this.addresses = addresses;
    }

    @Get(produces = MediaType.ALL)
    public HttpResponse<?> get(HttpRequest<?> request) {
        HttpParameters parameters = request.getParameters();
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (!parameters.contains("query")) return serviceDescription(accept);
        return answer(new SparqlRequest(parameters.get("query"), parameters.getAll(DEFAULT_GRAPH), parameters.getAll(NAMED_GRAPH),
                accept, parameters.get("format")));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.ALL)
    public HttpResponse<?> postForm(HttpRequest<?> request, @Body @Nullable String form) {
        Map<String, List<String>> fields = formFields(form == null ? "" : form);
        if (fields.containsKey("update")) return readOnly();
        return answer(new SparqlRequest(first(fields, "query"), fields.getOrDefault(DEFAULT_GRAPH, List.of()),
                fields.getOrDefault(NAMED_GRAPH, List.of()), request.getHeaders().get(HttpHeaders.ACCEPT),
                first(fields, "format") != null ? first(fields, "format") : request.getParameters().get("format")));
    }

    @Post(produces = MediaType.ALL)
    @Consumes(SPARQL_QUERY)
    public HttpResponse<?> postQuery(HttpRequest<?> request, @Body @Nullable String query) {
        HttpParameters parameters = request.getParameters();
        return answer(new SparqlRequest(query, parameters.getAll(DEFAULT_GRAPH), parameters.getAll(NAMED_GRAPH),
                request.getHeaders().get(HttpHeaders.ACCEPT), parameters.get("format")));
    }

    @Post(produces = Problem.MEDIA_TYPE)
    @Consumes(SPARQL_UPDATE)
    public HttpResponse<?> postUpdate() {
        return readOnly();
    }

    private HttpResponse<?> serviceDescription(@Nullable String accept) {
        return RdfRepresentation.negotiate(accept, VoidController.OFFERED)
                .<HttpResponse<?>>map(r -> HttpResponse.ok(r.write(ServiceDescription.of(addresses.sparqlEndpoint(),
                        addresses.datasetUri(), sparql))).contentType(r.contentType()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT))
                .orElseGet(() -> problem(HttpStatus.NOT_ACCEPTABLE, "send a 'query', or accept one of "
                        + RdfRepresentation.describe(VoidController.OFFERED) + " for the service description"));
    }

    private HttpResponse<?> answer(SparqlRequest request) {
        try {
            SparqlResponse response = sparql.query(request);
            return HttpResponse.ok(response.body()).contentType(response.contentType()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        } catch (SparqlRequestException e) {
            return problem(HttpStatus.valueOf(e.status()), e.getMessage());
        }
    }

    private static HttpResponse<?> readOnly() {
        return problem(HttpStatus.BAD_REQUEST, "this endpoint is read-only: SPARQL updates are not accepted");
    }

    private static HttpResponse<?> problem(HttpStatus status, String detail) {
        return HttpResponse.status(status).contentType(Problem.MEDIA_TYPE).body(Problem.of(status.getCode(), status.getReason(), detail));
    }

    private static Map<String, List<String>> formFields(String form) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
