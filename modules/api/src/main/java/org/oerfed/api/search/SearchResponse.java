package org.oerfed.api.search;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.FacetValue;
import org.oerfed.core.search.SearchDocument;
import org.oerfed.core.search.SearchField;
import org.oerfed.core.search.SearchHit;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SearchResult;

/**
 * The JSON body of {@code GET /api/search}.
 *
 * @param total             how many resources match, exactly
 * @param hits              the requested page of them
 * @param facets            per facet key, in the order of the facets: its values among the matching resources,
 *                          most frequent first (at most 50, and every selected value)
 * @param next              the link to the next page (by cursor); null on the last page
 * @param ignoredParameters the names of request parameters the search does not take and ignored
 */
@Schema(name = "SearchResponse")
public record SearchResponse(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, @Nullable String next,
                             List<String> ignoredParameters) {

    /**
     * One resource found.
     *
     * @param id            the resource's id
     * @param title         its title, in its own language where it has several
     * @param description   its description; may be empty
     * @param url           where a learner opens it; may be empty
     * @param resource      its page here, with everything every source said about it (HTML or RDF)
     * @param modified      when it was last modified (ISO 8601); null when no source says
     * @param languages     the languages it is in (ISO 639-1 codes)
     * @param license       its licence's URI; empty when unknown
     * @param sources       the ids of the sources it was harvested from
     * @param facets        its values of every facet it has, by facet key
     * @param matchedFields the fields the query's words were found in (title, description, keyword, subject,
     *                      level, type, license); a resource found through a subject's label in another
     *                      language says subject
     * @param highlights    title and description where words matched: HTML-escaped, each match in
     *                      {@code <mark>…</mark>}; a long description is cut around its first match
     */
    @Schema(name = "SearchHit")
    public record Hit(String id, String title, String description, String url, String resource, @Nullable String modified,
                      List<String> languages, String license, List<String> sources, Map<String, List<String>> facets,
                      List<String> matchedFields, Map<String, String> highlights) {
    }

    /**
     * One value of a facet.
     *
     * @param value    the value, as a filter parameter takes it
     * @param count    how many matching resources have it; for a facet with a selection, ignoring that
     *                 selection, so that the count says what selecting the value too would add
     * @param label    its name in the user's language, for concept, language and country facets; else null
     * @param selected whether the search filters by it
     */
    @Schema(name = "FacetCount")
    public record FacetCount(String value, long count, @Nullable String label, boolean selected) {
    }

    static SearchResponse of(SearchResult result, SearchRequest request, SearchLinks links, ConceptLabels labels) {
        SearchQuery query = request.query();
        List<Hit> hits = result.hits().stream().map(hit -> hit(hit, links)).toList();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            Set<String> selected = query.filters().getOrDefault(facet, Set.of());
            List<FacetCount> counts = new ArrayList<>();
            for (FacetValue value : result.facets().getOrDefault(facet, List.of())) {
                counts.add(new FacetCount(value.value(), value.count(),
                        labels.label(facet, value.value(), query.language()).orElse(null), selected.contains(value.value())));
            }
            facets.put(facet.key(), counts);
        }
        String next = result.nextCursor().isEmpty() ? null
                : links.api(query.withCursor(result.nextCursor()), request.format().orElse(SearchFormat.JSON));
        return new SearchResponse(result.total(), hits, facets, next, request.ignored());
    }

    private static Hit hit(SearchHit hit, SearchLinks links) {
        SearchDocument document = hit.document();
        Map<String, List<String>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<String> values = document.values(facet);
            if (!values.isEmpty()) facets.put(facet.key(), values);
        }
        Map<String, String> highlights = new LinkedHashMap<>();
        for (SearchField field : SearchField.values()) {
            String highlighted = hit.highlights().get(field);
            if (highlighted != null) highlights.put(field.key(), highlighted);
        }
        List<String> matched = Arrays.stream(SearchField.values()).filter(hit.matchedFields()::contains)
                .map(SearchField::key).toList();
        return new Hit(document.id(), document.title(), document.description(), document.url(), links.resource(document.id()),
                document.modified().map(Object::toString).orElse(null), document.languages(), document.license(),
                document.sources(), facets, matched, highlights);
    }
}
