package org.oerfed.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchIndex;
import org.oerfed.core.search.SearchQuery;

/** {@code GET /api/search}: free text, facet filters and paging over the search projection. */
@Controller("/api/search")
public class SearchController {
    private final SearchIndex index;

    public SearchController(SearchIndex index) {
        this.index = index;
    }

    /**
     * @param q        free text; every word must occur in the title or description; empty for all
     * @param page     1-based page number, default 1
     * @param size     hits per page, 1 to 100, default 20
     * @param language language codes to keep (OR); repeat the parameter for several
     * @param license  licence URIs to keep (OR)
     * @param source   source ids to keep (OR)
     */
    @Get(produces = {MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    public HttpResponse<?> search(@QueryValue @Nullable String q, @QueryValue @Nullable String page,
                                  @QueryValue @Nullable String size, @QueryValue @Nullable List<String> language,
                                  @QueryValue @Nullable List<String> license, @QueryValue @Nullable List<String> source) {
        SearchQuery query;
        try {
            Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
            put(filters, Facet.LANGUAGE, language);
            put(filters, Facet.LICENSE, license);
            put(filters, Facet.SOURCE, source);
            query = new SearchQuery(q, filters, number("page", page, 1), number("size", size, SearchQuery.DEFAULT_SIZE));
        } catch (IllegalArgumentException e) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).contentType(Problem.MEDIA_TYPE)
                    .body(Problem.of(400, "Bad Request", e.getMessage()));
        }
        return HttpResponse.ok(SearchResponse.of(index.search(query))).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static void put(Map<Facet, Set<String>> filters, Facet facet, @Nullable List<String> values) {
        if (values == null) return;
        Set<String> kept = values.stream().map(String::strip).filter(v -> !v.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        if (!kept.isEmpty()) filters.put(facet, kept);
    }

    private static int number(String name, @Nullable String value, int fallback) {
        if (value == null || value.isBlank()) return fallback;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + name + "' must be a whole number, was '" + abbreviate(value) + "'");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
