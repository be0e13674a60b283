package org.oerfed.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import org.oerfed.graph.linkeddata.VoidDescription;

/**
 * The dataset's VoID description at {@code /.well-known/void} (RFC 8615, as the VoID guide proposes) and at
 * {@code /void}: Turtle by default, JSON-LD, RDF/XML or N-Triples by {@code Accept}.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class VoidController {
    static final List<RdfRepresentation> OFFERED = List.of(RdfRepresentation.TURTLE, RdfRepresentation.JSON_LD,
            RdfRepresentation.RDF_XML, RdfRepresentation.N_TRIPLES);
    private final VoidDescription description;

    public VoidController(VoidDescription description) {
        this.description = description;
    }

    @Get(value = "/.well-known/void", produces = MediaType.ALL)
    public HttpResponse<?> wellKnown(@Header(HttpHeaders.ACCEPT) @Nullable String accept) {
        return answer(accept);
    }

    @Get(value = "/void", produces = MediaType.ALL)
    public HttpResponse<?> voidDescription(@Header(HttpHeaders.ACCEPT) @Nullable String accept) {
        return answer(accept);
    }

    private HttpResponse<?> answer(@Nullable String accept) {
        return RdfRepresentation.negotiate(accept, OFFERED)
                .<HttpResponse<?>>map(r -> HttpResponse.ok(r.write(description.describe())).contentType(r.contentType())
                        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT))
                .orElseGet(() -> LinkedDataController.problem(HttpStatus.NOT_ACCEPTABLE,
                        "none of the accepted formats is offered; offered: " + RdfRepresentation.describe(OFFERED))
                        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT));
    }
}
