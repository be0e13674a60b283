package org.oerfed.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.oerfed.graph.ResourceDescriptions;
import org.oerfed.graph.ResourceIds;

/**
 * The resources' own URIs, dereferenceable: {@code GET /resource/{id}} answers directly (no 303) in the
 * format {@code Accept} asks for: HTML for people (the default), JSON-LD, Turtle, RDF/XML or N-Triples;
 * {@code /resource/{id}.html}, {@code .jsonld}, {@code .ttl}, {@code .rdf} and {@code .nt} name one format.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class LinkedDataController {
    private static final List<RdfRepresentation> OFFERED = List.of(RdfRepresentation.values());
    private final ResourceDescriptions descriptions;
    private final ResourceIds ids;

    public LinkedDataController(ResourceDescriptions descriptions, ResourceIds ids) {
        this.descriptions = descriptions;
        this.ids = ids;
    }

    @Get(value = "/resource/{name}", produces = MediaType.ALL)
    public HttpResponse<?> resource(@PathVariable String name, @Header(HttpHeaders.ACCEPT) @Nullable String accept) {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String extension = name.substring(dot + 1);
            Optional<RdfRepresentation> named = RdfRepresentation.byExtension(extension);
            if (named.isEmpty()) {
                return problem(HttpStatus.NOT_FOUND, "no format has the extension '." + extension + "'; use one of "
                        + Arrays.stream(RdfRepresentation.values()).map(r -> "." + r.extension()).toList());
            }
            return answer(name.substring(0, dot), named.get());
        }
        Optional<RdfRepresentation> chosen = RdfRepresentation.negotiate(accept, OFFERED);
        MutableHttpResponse<?> response = chosen.isPresent() ? answer(name, chosen.get())
                : problem(HttpStatus.NOT_ACCEPTABLE, "none of the accepted formats is offered; offered: " + RdfRepresentation.describe(OFFERED));
        return response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }

    private MutableHttpResponse<?> answer(String id, RdfRepresentation representation) {
        Optional<Model> description = descriptions.describe(id);
        if (description.isEmpty()) return problem(HttpStatus.NOT_FOUND, "no resource with id '" + id + "'");
        if (representation == RdfRepresentation.HTML) {
            byte[] html = new ResourcePage(description.get(), ids.resourceUri(id), id).render().getBytes(StandardCharsets.UTF_8);
            return HttpResponse.ok(html).contentType(representation.contentType())
                    .header("Content-Security-Policy", Html.CONTENT_SECURITY_POLICY);
        }
        return HttpResponse.ok(representation.write(description.get())).contentType(representation.contentType());
    }

    static MutableHttpResponse<?> problem(HttpStatus status, String detail) {
        return HttpResponse.status(status).contentType(Problem.MEDIA_TYPE).body(Problem.of(status.getCode(), status.getReason(), detail));
    }
}
