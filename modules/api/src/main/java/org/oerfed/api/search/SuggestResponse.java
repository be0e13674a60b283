package org.oerfed.api.search;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SortOrder;

/**
 * The JSON body of {@code GET /api/suggest}.
 *
 * @param query       the text completed, as given
 * @param suggestions the completions, concepts first
 */
@Schema(name = "SuggestResponse")
public record SuggestResponse(String query, List<Item> suggestions) {

    /**
     * One completion.
     *
     * @param text  what to show: a concept's label in the user's language, or a title
     * @param facet for a concept, the facet it is a value of (subject, level, type); null for a title
     * @param value for a concept, the facet value (e.g. 0541); for a title, the resource's id
     * @param count for a concept, how many resources have it; null for a title
     * @param link  for a concept, the search filtered by it; for a title, the resource's page
     */
    @Schema(name = "SuggestItem")
    public record Item(String text, @Nullable String facet, String value, @Nullable Long count, String link) {
    }

    static SuggestResponse of(String query, String language, List<Suggester.Counted> suggestions, SearchLinks links) {
        List<Item> items = suggestions.stream().map(counted -> {
            var suggestion = counted.suggestion();
            if (suggestion.facet().isEmpty()) {
                return new Item(suggestion.text(), null, suggestion.value(), null, links.resource(suggestion.value()));
            }
            SearchQuery filtered = new SearchQuery("", language, Map.of(suggestion.facet().get(), Set.of(suggestion.value())),
                    SortOrder.RELEVANCE, 1, SearchQuery.DEFAULT_SIZE, "");
            return new Item(suggestion.text(), suggestion.facet().get().key(), suggestion.value(), counted.count(),
                    links.api(filtered, SearchFormat.JSON));
        }).toList();
        return new SuggestResponse(query, items);
    }
}
