package org.oerfed.api.search;

import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SortOrder;
import org.oerfed.graph.ResourceIds;

/**
 * The absolute links of the search API, under the base URI the resources are minted under (the public
 * one, {@code oerfed.base-uri}): feeds and portals use them outside of any request's context. Parameters
 * are written in one order, defaults left out, so that equal searches have equal links.
 */
@Singleton
public class SearchLinks {
    private final ResourceIds ids;
    private final String base;

    public SearchLinks(ResourceIds ids) {
        this.ids = ids;
        String resources = ids.resourceUri("");
        this.base = resources.substring(0, resources.length() - "resource/".length());
    }

    /** The service's base URI, ending in '/'. */
    public String base() {
        return base;
    }

    /** A resource's page: its URI, which answers people with HTML and programs with RDF. */
    public String resource(String id) {
        return ids.resourceUri(id);
    }

    /** {@code /api/search} with the query's parameters, in {@code format} unless that is JSON. */
    public String api(SearchQuery query, SearchFormat format) {
        return base + "api/search" + queryString(query, format);
    }

    /** The HTML search page of the query. */
    public String page(SearchQuery query) {
        return base + "search" + queryString(query, SearchFormat.JSON);
    }

    /** The HTML search page of the query with one facet's selection changed. */
    public String page(SearchQuery query, Facet facet, Set<String> values) {
        return page(query.withFilter(facet, values).withPage(1, query.size()));
    }

    static String queryString(SearchQuery query, SearchFormat format) {
        List<String[]> parameters = new ArrayList<>();
        if (!query.text().isEmpty()) parameters.add(new String[] {SearchRequest.Q, query.text()});
        if (!query.language().isEmpty()) parameters.add(new String[] {SearchRequest.LANG, query.language()});
        Map<String, List<String>> filters = SearchRequest.filterParameters(query);
        for (Facet facet : Facet.values()) {
            for (String value : filters.getOrDefault(facet.key(), List.of())) parameters.add(new String[] {facet.key(), value});
        }
        if (query.sort() != SortOrder.RELEVANCE) parameters.add(new String[] {SearchRequest.SORT, query.sort().key()});
        if (query.size() != SearchQuery.DEFAULT_SIZE) parameters.add(new String[] {SearchRequest.SIZE, String.valueOf(query.size())});
        if (query.page() != 1) parameters.add(new String[] {SearchRequest.PAGE, String.valueOf(query.page())});
        if (!query.cursor().isEmpty()) parameters.add(new String[] {SearchRequest.CURSOR, query.cursor()});
        if (format != SearchFormat.JSON) parameters.add(new String[] {SearchRequest.OUTPUT, format.key()});
        StringBuilder text = new StringBuilder();
        for (String[] parameter : parameters) {
            text.append(text.length() == 0 ? '?' : '&').append(encode(parameter[0])).append('=').append(encode(parameter[1]));
        }
        return text.toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
