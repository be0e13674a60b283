package org.oerfed.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.yml}: the OpenAPI document of this API. micronaut-openapi writes it at compile time from
 * the controllers' annotations and Javadoc ({@link #DOCUMENT}); a build without it is a broken build, so a
 * missing document is a 500, not a 404.
 */
@Controller
@OpenAPIDefinition(info = @Info(title = "OERfed", version = "2",
        description = "Open educational resources harvested from partners in many countries, normalised into one graph: "
                + "a multilingual, faceted search, each resource as linked data, SPARQL, dumps, and the sources' harvests.",
        license = @License(name = "The data: each resource's own licence")))
public class OpenApiController {
    /** Where the annotation processor writes the document (its {@code micronaut.openapi.filename} is "oerfed"). */
    static final String DOCUMENT = "META-INF/swagger/oerfed.yml";
    public static final String MEDIA_TYPE = "application/yaml";
    private final byte[] document;

    public OpenApiController() {
        try (InputStream in = OpenApiController.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            this.document = in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DOCUMENT, e);
        }
    }

    @Get(value = "/openapi.yml", produces = {MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(summary = "This OpenAPI document")
    @ApiResponse(responseCode = "200", description = "The OpenAPI 3 document of the API", content = @Content(mediaType = MEDIA_TYPE))
    public HttpResponse<?> openApi() {
        if (document == null) {
            return Problem.of(500, "Internal Server Error", "the build did not write " + DOCUMENT).response();
        }
        return HttpResponse.ok(document).contentType(MEDIA_TYPE + ";charset=utf-8").status(HttpStatus.OK);
    }
}
