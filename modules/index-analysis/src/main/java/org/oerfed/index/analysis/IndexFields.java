package org.oerfed.index.analysis;

import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchField;

/**
 * The names of the fields both engines index, and how each is indexed. Text fields hold tokens analysed here,
 * joined by single spaces: an engine only splits them on whitespace, keeps their positions (for phrases),
 * and leaves {@link #POSITION_GAP} positions between the values of a multi-valued field, as Elasticsearch's
 * default {@code position_increment_gap} does, so that no phrase spans two values.
 */
public final class IndexFields {
    /** Exact document id: updates, deletes, and the last tie-breaker of every sort. */
    public static final String ID = "id";
    /** The {@link org.oerfed.core.search.SearchDocument} as JSON ({@link DocumentJson}): stored, not indexed. */
    public static final String DOCUMENT = "document";
    /** Folded title, one keyword, for sorting by title. */
    public static final String SORT_TITLE = "sort_title";
    /** Epoch milliseconds of the modification date, for "newest first"; absent when unknown. */
    public static final String MODIFIED = "modified";
    /** Positions left between two values of one text field. */
    public static final int POSITION_GAP = 100;

    private IndexFields() {
    }

    /** Tokens of a field's texts, each text analysed for its own language. */
    public static String stemmed(SearchField field) {
        return "stem_" + field.key();
    }

    /** Tokens of a field's texts, analysed the same language-neutral way whatever their language. */
    public static String folded(SearchField field) {
        return "fold_" + field.key();
    }

    /** A facet's values: exact keywords, filterable and countable. */
    public static String facet(Facet facet) {
        return "facet_" + facet.key();
    }
}
