package org.oerfed.index.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import java.util.ArrayList;
import java.util.List;
import org.oerfed.index.analysis.Cursor;
import org.oerfed.index.analysis.IndexFields;

/**
 * The sort of a search and its cursor: which sort values a page's last hit has, and how to continue after
 * them ({@code search_after}). Every order ends with the id, so it is total.
 */
enum HitOrder {
    /** Best match first, ties by id. */
    SCORE(Kind.DOUBLE),
    /** A query without words scores every hit alike: by id. */
    ID(),
    /** Newest first, undated last. */
    NEWEST(Kind.LONG),
    TITLE(Kind.STRING);

    private static final SortOptions BY_ID = field(IndexFields.ID, SortOrder.Asc);

    /** What each sort value is, the id's excepted; the cursor holds them as text. */
    private enum Kind { DOUBLE, LONG, STRING }

    private final List<Kind> kinds;

    HitOrder(Kind... kinds) {
        this.kinds = List.of(kinds);
    }

    static HitOrder of(org.oerfed.core.search.SortOrder sort, boolean hasWords) {
        return switch (sort) {
            case RELEVANCE -> hasWords ? SCORE : ID;
            case NEWEST -> NEWEST;
            case TITLE -> TITLE;
        };
    }

    List<SortOptions> sort() {
        return switch (this) {
            case SCORE -> List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))), BY_ID);
            case ID -> List.of(BY_ID);
            // For a missing date, Elasticsearch gives back the smallest long as its sort value, which search_after
            // takes again: undated hits page on by id like the others.
            case NEWEST -> List.of(SortOptions.of(s -> s.field(f -> f.field(IndexFields.MODIFIED)
                    .order(SortOrder.Desc).missing("_last"))), BY_ID);
            case TITLE -> List.of(field(IndexFields.SORT_TITLE, SortOrder.Asc), BY_ID);
        };
    }

    private static SortOptions field(String field, SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(field).order(order)));
    }

    /** The cursor after a hit with these sort values, as Elasticsearch returned them. */
    Cursor cursorAfter(List<FieldValue> sortValues) {
        List<String> values = new ArrayList<>();
        for (FieldValue value : sortValues) {
            values.add(value.isString() ? value.stringValue() : value._toJsonString());
        }
        return new Cursor(values);
    }

    /**
     * The {@code search_after} values of a cursor.
     *
     * @throws IllegalArgumentException if the cursor was not made by a query of this order
     */
    List<FieldValue> searchAfter(Cursor cursor) {
        List<String> values = cursor.values();
        if (values.size() != kinds.size() + 1) throw notOurs(cursor);
        List<FieldValue> after = new ArrayList<>();
        try {
            for (int i = 0; i < kinds.size(); i++) {
                String value = values.get(i);
                after.add(switch (kinds.get(i)) {
                    case DOUBLE -> FieldValue.of(Double.parseDouble(value));
                    case LONG -> FieldValue.of(Long.parseLong(value));
                    case STRING -> FieldValue.of(value);
                });
            }
        } catch (NumberFormatException e) {
            throw notOurs(cursor);
        }
        after.add(FieldValue.of(values.get(values.size() - 1)));
        return after;
    }

    private IllegalArgumentException notOurs(Cursor cursor) {
        return new IllegalArgumentException("cursor '" + cursor.encode() + "' does not continue a search sorted by "
                + name().toLowerCase(java.util.Locale.ROOT) + "; a cursor only continues the query that gave it");
    }
}
