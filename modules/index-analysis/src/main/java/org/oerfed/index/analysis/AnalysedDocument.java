package org.oerfed.index.analysis;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.oerfed.core.search.Facet;

/**
 * A {@link org.oerfed.core.search.SearchDocument} as both engines index it; see {@link IndexFields}.
 *
 * @param id         the document id
 * @param textFields per text field name ({@link IndexFields#stemmed}, {@link IndexFields#folded}), its values,
 *                   each a string of analysed tokens joined by single spaces; fields without tokens absent
 * @param facets     per facet, its values (as in the document)
 * @param sortTitle  the folded title for sorting
 * @param modified   epoch milliseconds of the modification date, if known
 * @param json       the whole document as JSON, to store and give back
 */
public record AnalysedDocument(String id, Map<String, List<String>> textFields, Map<Facet, List<String>> facets,
                               String sortTitle, OptionalLong modified, String json) {
    public AnalysedDocument {
        textFields = textFields.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        facets = facets.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }
}
