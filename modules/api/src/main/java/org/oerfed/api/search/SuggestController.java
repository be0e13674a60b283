package org.oerfed.api.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.oerfed.api.Problem;

/**
 * {@code GET /api/suggest}: completions of what a user is typing, as JSON, or in the OpenSearch suggestions
 * format ({@code [query, [completion, …]]}) that browsers' search boxes read.
 */
@Controller("/api/suggest")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "search")
public class SuggestController {
    /** The OpenSearch suggestions extension's media type. */
    public static final String OPENSEARCH_SUGGESTIONS = "application/x-suggestions+json";
    static final String Q = "q";
    static final String LANG = "lang";
    static final String SIZE = "size";
    static final String OUTPUT = "output";
    static final int DEFAULT_SIZE = 10;
    private final Suggester suggester;
    private final SearchLinks links;
    private final JsonMapper json;

    public SuggestController(Suggester suggester, SearchLinks links, JsonMapper json) {
        this.suggester = suggester;
        this.links = links;
        this.json = json;
    }

    @Get(produces = {MediaType.APPLICATION_JSON, OPENSEARCH_SUGGESTIONS})
    @Operation(summary = "Complete what a user is typing",
            description = "Subjects, levels and resource types whose label in the user's language starts with the text (or has "
                    + "a word that does) and that some resource has, most used first; then titles that complete the text. "
                    + "Concepts take at most half the places when titles can fill the rest.")
    @ApiResponse(responseCode = "200", description = "The suggestions, concepts first",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuggestResponse.class)),
                    @Content(mediaType = OPENSEARCH_SUGGESTIONS, array = @ArraySchema(schema = @Schema(type = "object")))})
    @ApiResponse(responseCode = "400", description = "A parameter is invalid; invalid-params names each one and why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> suggest(
            HttpRequest<?> request,
            @Parameter(description = "What was typed so far; blank gives no suggestions.", example = "mathé")
            @QueryValue @Nullable String q,
            @Parameter(description = "The user's language as a BCP 47 tag, for the labels and the analysis. Default: the first "
                    + "language of the Accept-Language header, else none (English labels).", example = "fr")
            @QueryValue @Nullable String lang,
            @Parameter(description = "At most this many suggestions, 1 to " + Suggester.MAX_SIZE + ".")
            @Schema(type = "integer", minimum = "1", maximum = "20", defaultValue = "10")
            @QueryValue @Nullable String size,
            @Parameter(description = "json (the default) or opensearch: the OpenSearch suggestions format, [query, [completions]], "
                    + "as application/x-suggestions+json (also chosen by Accept).")
            @Schema(allowableValues = {"json", "opensearch"})
            @QueryValue @Nullable String output,
            @Parameter(hidden = true) @Header(HttpHeaders.ACCEPT) @Nullable String accept,
            @Parameter(description = "The user's languages, when lang is absent") @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String acceptLanguage) {
        // The arguments declare the parameters for Micronaut and the OpenAPI document; ParameterReader reads them from
        // the request, where it also sees a parameter given twice.
        ParameterReader parameters = ParameterReader.of(request);
        String text = parameters.single(Q).orElse("");
        String language = parameters.language(LANG, acceptLanguage);
        int limit = parameters.integer(SIZE, DEFAULT_SIZE, 1, Suggester.MAX_SIZE);
        boolean openSearch = parameters.single(OUTPUT).map(rendering -> switch (rendering) {
            case "opensearch" -> true;
            case "json" -> false;
            default -> {
                parameters.invalid(OUTPUT, "must be 'json' or 'opensearch', was " + ParameterReader.echo(rendering));
                yield false;
            }
        }).orElseGet(() -> accept != null && accept.contains(OPENSEARCH_SUGGESTIONS));
        parameters.check();
        List<Suggester.Counted> suggestions = suggester.suggest(text, language, limit);
        if (openSearch) {
            // written here: no codec claims this media type, and the two-element array needs none
            List<Object> body = List.of(text, suggestions.stream().map(s -> s.suggestion().text()).toList());
            return HttpResponse.ok(write(body)).contentType(OPENSEARCH_SUGGESTIONS + ";charset=utf-8")
                    .header(HttpHeaders.VARY, "Accept, Accept-Language");
        }
        return HttpResponse.ok(SuggestResponse.of(text, language, suggestions, links)).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.VARY, "Accept, Accept-Language");
    }

    private byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write suggestions as JSON", e);
        }
    }
}
