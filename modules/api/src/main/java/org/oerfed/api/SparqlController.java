package org.oerfed.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.util.Map;
import org.oerfed.graph.sparql.SparqlRequestException;
import org.oerfed.graph.sparql.SparqlResponse;
import org.oerfed.graph.sparql.SparqlService;

/**
 * The SPARQL 1.1 query protocol, read-only: {@code GET /sparql?query=}, {@code POST} of a form with
 * {@code query}, or {@code POST} of the query itself as {@code application/sparql-query}. The result
 * format follows {@code Accept}.
 */
@Controller("/sparql")
public class SparqlController {
    static final String SPARQL_QUERY = "application/sparql-query";
    private final SparqlService sparql;

    public SparqlController(SparqlService sparql) {
        this.sparql = sparql;
    }

    @Get(produces = MediaType.ALL)
    public HttpResponse<?> get(@QueryValue @Nullable String query, @Header(HttpHeaders.ACCEPT) @Nullable String accept) {
        return answer(query, accept);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.ALL)
    public HttpResponse<?> postForm(@Body Map<String, String> form, @Header(HttpHeaders.ACCEPT) @Nullable String accept) {
        return answer(form.get("query"), accept);
    }

    @Post(produces = MediaType.ALL)
    @Consumes(SPARQL_QUERY)
    public HttpResponse<?> postQuery(@Body String query, @Header(HttpHeaders.ACCEPT) @Nullable String accept) {
        return answer(query, accept);
    }

    private HttpResponse<?> answer(@Nullable String query, @Nullable String accept) {
        try {
            SparqlResponse response = sparql.query(query, accept);
            return HttpResponse.ok(response.body()).contentType(response.contentType());
        } catch (SparqlRequestException e) {
            HttpStatus status = HttpStatus.valueOf(e.status());
            return HttpResponse.status(status).contentType(Problem.MEDIA_TYPE)
                    .body(Problem.of(e.status(), status.getReason(), e.getMessage()));
        }
    }
}
