package org.oerfed.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.io.ByteArrayOutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.oerfed.graph.ResourceDescriptions;

/** {@code GET /api/resources/{id}}: one resource's description, with provenance, as JSON-LD. */
@Controller("/api/resources")
public class ResourceController {
    static final String JSON_LD = "application/ld+json";
    private final ResourceDescriptions descriptions;

    public ResourceController(ResourceDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    @Get(value = "/{id}", produces = {JSON_LD, Problem.MEDIA_TYPE})
    public HttpResponse<?> resource(@PathVariable String id) {
        return descriptions.describe(id)
                .<HttpResponse<?>>map(model -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    RDFDataMgr.write(out, model, RDFFormat.JSONLD11_PRETTY);
                    return HttpResponse.ok(out.toByteArray()).contentType(JSON_LD + ";charset=utf-8");
                })
                .orElseGet(() -> HttpResponse.status(HttpStatus.NOT_FOUND).contentType(Problem.MEDIA_TYPE)
                        .body(Problem.of(404, "Not Found", "no resource with id '" + id + "'")));
    }
}
