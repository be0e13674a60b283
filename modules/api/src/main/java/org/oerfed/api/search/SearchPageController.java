package org.oerfed.api.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.nio.charset.StandardCharsets;
import org.oerfed.api.Html;
import org.oerfed.api.InvalidParametersException;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchResult;

/**
 * {@code GET /search}: the search page for people, server-rendered, working without scripts. It takes the
 * parameters of {@code GET /api/search}; a fault is shown on the page, with a 400.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public class SearchPageController {
    private final SearchIndex index;
    private final SearchPage page;

    public SearchPageController(SearchIndex index, SearchLinks links, ConceptLabels labels) {
        this.index = index;
        this.page = new SearchPage(links, labels);
    }

    @Get(value = "/search", produces = MediaType.TEXT_HTML)
    @Operation(operationId = "searchPage", summary = "The search page", description = "An HTML page with a search box, facets, hits and paging; it takes the "
            + "parameters of /api/search.")
    public HttpResponse<?> search(HttpRequest<?> request,
                                  @Parameter(hidden = true) @Header(HttpHeaders.ACCEPT_LANGUAGE) @Nullable String acceptLanguage) {
        String html;
        HttpStatus status = HttpStatus.OK;
        try {
            SearchRequest search = SearchRequest.read(ParameterReader.of(request), acceptLanguage);
            SearchResult result = SearchController.search(index, search.query());
            html = page.render(search.query(), result);
        } catch (InvalidParametersException e) {
            html = page.invalid(e.invalid());
            status = HttpStatus.BAD_REQUEST;
        }
        return HttpResponse.status(status).body(html.getBytes(StandardCharsets.UTF_8)).contentType(MediaType.TEXT_HTML + ";charset=utf-8")
                .header("Content-Security-Policy", Html.CONTENT_SECURITY_POLICY).header(HttpHeaders.VARY, "Accept-Language");
    }
}
