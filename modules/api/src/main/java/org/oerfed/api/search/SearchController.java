package org.oerfed.api.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.oerfed.api.InvalidParametersException;
import org.oerfed.api.Problem;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;

/**
 * {@code GET /api/search}: one multilingual, faceted search over every partner's resources, as JSON, Atom or
 * RSS. Every parameter is checked before the index is asked; a fault is a 400 problem naming each parameter
 * at fault.
 */
@Controller("/api/search")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "search", description = "Find open educational resources")
public class SearchController {
    static final String ATOM = "application/atom+xml";
    static final String RSS = "application/rss+xml";
    private static final String OR = "Repeat for several (OR), at most " + SearchQuery.MAX_FILTER_VALUES + ".";
    private final SearchIndex index;
    private final SearchLinks links;
    private final ConceptLabels labels;
    private final Clock clock;

    public SearchController(SearchIndex index, SearchLinks links, ConceptLabels labels, Clock clock) {
        this.index = index;
        this.links = links;
        this.labels = labels;
        this.clock = clock;
    }

    @Get(produces = {MediaType.APPLICATION_JSON, ATOM, RSS})
    @Operation(summary = "Search open educational resources",
            description = "Free text in any language, matched across languages and against the labels of subjects, levels, "
                    + "types and licences in every language; filters on every facet (several values of one facet combine with OR, "
                    + "facets with AND); facet counts that ignore their own facet's selection. JSON by default; Atom or RSS by "
                    + "Accept or the output parameter. Parameters it does not take are ignored and listed in ignoredParameters.")
    @ApiResponse(responseCode = "200", description = "A page of hits with the facet counts of the whole result",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchResponse.class)),
                    @Content(mediaType = ATOM), @Content(mediaType = RSS)})
    @ApiResponse(responseCode = "400", description = "A parameter is invalid; invalid-params names each one and why",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<?> search(
            HttpRequest<?> request,
            @Parameter(description = "What to search for, in the query syntax: words (all must match), \"phrases\", AND, OR, "
                    + "NOT or -word, parentheses, and field prefixes title:, description:, keyword:, subject:, level:, type:, "
                    + "license:. Never fails: what does not parse is read as words. Only the first 500 characters count. Absent "
                    + "or blank: every resource.", example = "fractions OR \"nombres décimaux\"")
            @QueryValue @Nullable String q,
            @Parameter(description = "The user's language as a BCP 47 tag: the query is analysed in it (stemming, stop words) "
                    + "and facet values are labelled in it. Default: the first language of the Accept-Language header, else "
                    + "none (language-neutral analysis, English labels). '*' means none.", example = "fr")
            @QueryValue @Nullable String lang,
            @Parameter(description = "The order of hits: relevance (best match first; without words, by id), newest (most "
                    + "recently modified first, undated last) or title (case- and accent-insensitive).")
            @Schema(allowableValues = {"relevance", "newest", "title"}, defaultValue = "relevance")
            @QueryValue @Nullable String sort,
            @Parameter(description = "The 1-based page number. page × size may not exceed " + SearchQuery.MAX_WINDOW
                    + "; deeper, follow the cursor of the next link. Must be 1 or absent with a cursor.")
            @Schema(type = "integer", minimum = "1", defaultValue = "1")
            @QueryValue @Nullable String page,
            @Parameter(description = "Hits per page, 1 to " + SearchQuery.MAX_SIZE + ".")
            @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")
            @QueryValue @Nullable String size,
            @Parameter(description = "Where the page starts: the cursor of the previous page's next link, which continues "
                    + "exactly after its last hit even while the index changes. Only valid with the search that made it.")
            @QueryValue @Nullable String cursor,
            @Parameter(description = "The rendering, overriding Accept: json, atom (Atom 1.0) or rss (RSS 2.0); feeds carry "
                    + "the OpenSearch response elements. (Not 'format', which filters by media type.)")
            @Schema(allowableValues = {"json", "atom", "rss"})
            @QueryValue @Nullable String output,
            @Parameter(explode = Explode.TRUE, description = "Keep resources harvested from these sources (ids, see /api/sources). " + OR)
            @QueryValue @Nullable List<String> source,
            @Parameter(explode = Explode.TRUE, description = "Keep resources from sources in these countries: ISO 3166-1 alpha-2 codes. " + OR, example = "SN")
            @QueryValue @Nullable List<String> country,
            @Parameter(explode = Explode.TRUE, description = "Keep resources in these languages: ISO 639-1 codes (639-3 where there is none). " + OR,
                    example = "fr")
            @QueryValue @Nullable List<String> language,
            @Parameter(explode = Explode.TRUE, description = "Keep resources under these licences: canonical licence URIs. " + OR,
                    example = "https://creativecommons.org/licenses/by/4.0/")
            @QueryValue @Nullable List<String> license,
            @Parameter(explode = Explode.TRUE, description = "true: only resources under an open licence by the UNESCO definition of OER; false: only "
                    + "those under a known licence that is not open. Resources with an unknown licence have neither.")
            @QueryValue @Nullable List<String> open,
            @Parameter(explode = Explode.TRUE, description = "Keep resources for these ISCED 2011 levels (0 to 8). " + OR, example = "1")
            @QueryValue @Nullable List<String> level,
            @Parameter(explode = Explode.TRUE, description = "Keep resources about these ISCED-F 2013 fields; a broad field (05) finds everything under "
                    + "it (0541). " + OR, example = "0541")
            @QueryValue @Nullable List<String> subject,
            @Parameter(explode = Explode.TRUE, description = "Keep resources of these learning resource types (local names of OERfed's resource type "
                    + "concepts, e.g. video, lesson-plan). " + OR, example = "video")
            @QueryValue @Nullable List<String> type,
            @Parameter(explode = Explode.TRUE, description = "Keep resources in these formats: media types without parameters, lower case. " + OR,
                    example = "application/pdf")
            @QueryValue @Nullable List<String> format,
            @Parameter(explode = Explode.TRUE, description = "Keep resources with these schema.org accessibility features. " + OR, example = "captions")
            @QueryValue @Nullable List<String> accessibility,
            @Parameter(explode = Explode.TRUE, description = "Keep resources created (else published, else modified) in these four-digit years. " + OR,
                    example = "2024")
            @QueryValue @Nullable List<String> year,
            @Parameter(hidden = true) @Header(HttpHeaders.ACCEPT) @Nullable String accept,
            @Parameter(description = "The user's languages, when lang is absent") @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String acceptLanguage) {
        // The arguments declare the parameters for Micronaut and the OpenAPI document; ParameterReader reads them from
        // the request, where it also sees a parameter given twice and names the search does not take.
        SearchRequest search = SearchRequest.read(ParameterReader.of(request), acceptLanguage);
        SearchFormat rendering = search.format().orElseGet(() -> SearchFormat.negotiate(accept));
        SearchResult result = search(index, search.query());
        MutableHttpResponse<?> response = switch (rendering) {
            case JSON -> HttpResponse.ok(SearchResponse.of(result, search, links, labels)).contentType(MediaType.APPLICATION_JSON_TYPE);
            case ATOM, RSS -> HttpResponse.ok(new SearchFeed(links).write(result, search.query(), rendering, clock.instant())
                    .getBytes(StandardCharsets.UTF_8)).contentType(rendering.mediaType() + ";charset=utf-8");
        };
        return response.header(HttpHeaders.VARY, "Accept, Accept-Language");
    }

    /**
     * Asks the index. A cursor is opaque to the API: the engine decodes it and refuses one it did not make,
     * which is the client's fault.
     */
    static SearchResult search(SearchIndex index, SearchQuery query) {
        try {
            return index.search(query);
        } catch (IllegalArgumentException e) {
            if (query.cursor().isEmpty()) throw e;
            throw new InvalidParametersException(SearchRequest.CURSOR, "is not a cursor of this search; take the 'next' link "
                    + "of its previous page (" + e.getMessage() + ")");
        }
    }
}
