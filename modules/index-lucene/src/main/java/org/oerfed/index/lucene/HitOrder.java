package org.oerfed.index.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.oerfed.core.search.SortOrder;
import org.oerfed.index.analysis.Cursor;
import org.oerfed.index.analysis.IndexFields;

/**
 * The Lucene sort of each {@link SortOrder}, and the {@link Cursor} of a hit: its sort values, which
 * {@code searchAfter} continues from. Every sort ends with the unique id, so that it is total: the hit a
 * cursor names is never seen again, even after it was updated in between.
 */
final class HitOrder {

    private static final SortField ID = new SortField(IndexFields.ID, SortField.Type.STRING);
    private static final SortField TITLE = new SortField(IndexFields.SORT_TITLE, SortField.Type.STRING);
    private static final Sort BY_ID = new Sort(ID);
    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE, ID);
    private static final Sort BY_TITLE = new Sort(TITLE, ID);
    private static final Sort NEWEST_FIRST = new Sort(newestFirst(), ID);

    private HitOrder() {
    }

    private static SortField newestFirst() {
        SortField modified = new SortField(IndexFields.MODIFIED, SortField.Type.LONG, true);
        // Descending, the smallest value is last: documents without a date come after every dated one.
        modified.setMissingValue(Long.MIN_VALUE);
        return modified;
    }

    /** @param hasWords without words every score is equal, and relevance falls back to id order */
    static Sort sort(SortOrder order, boolean hasWords) {
        return switch (order) {
            case RELEVANCE -> hasWords ? BY_SCORE : BY_ID;
            case NEWEST -> NEWEST_FIRST;
            case TITLE -> BY_TITLE;
        };
    }

    /** Sorted by title and then id: for suggestions, which list distinct titles in title order. */
    static Sort byTitle() {
        return BY_TITLE;
    }

    static String cursor(FieldDoc hit) {
        List<String> values = new ArrayList<>();
        for (Object value : hit.fields) {
            values.add(value instanceof BytesRef bytes ? bytes.utf8ToString() : String.valueOf(value));
        }
        return new Cursor(values).encode();
    }

    /**
     * The position a cursor names, in the given sort.
     *
     * @throws IllegalArgumentException naming the cursor if it was not made for this sort
     */
    static FieldDoc after(Sort sort, String cursor) {
        List<String> values = Cursor.decode(cursor).values();
        SortField[] fields = sort.getSort();
        if (values.size() != fields.length) throw notForThisSort(cursor, null);
        Object[] after = new Object[fields.length];
        try {
            for (int i = 0; i < fields.length; i++) after[i] = value(fields[i], values.get(i));
        } catch (NumberFormatException e) {
            throw notForThisSort(cursor, e);
        }
        // Ties on every sort value would be the named hit itself: the largest doc number puts it behind.
        return new FieldDoc(Integer.MAX_VALUE, Float.NaN, after);
    }

    private static Object value(SortField field, String text) {
        return switch (field.getType()) {
            case SCORE -> Float.parseFloat(text);
            case LONG -> Long.parseLong(text);
            case STRING -> new BytesRef(text);
            default -> throw new IllegalStateException("no cursor value for sort type " + field.getType());
        };
    }

    private static IllegalArgumentException notForThisSort(String cursor, Exception cause) {
        return new IllegalArgumentException("cursor '" + cursor + "' was not made by this query's sort", cause);
    }
}
