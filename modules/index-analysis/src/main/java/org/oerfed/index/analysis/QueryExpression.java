package org.oerfed.index.analysis;

import java.util.List;
import org.oerfed.core.search.SearchField;

/**
 * A query's text as {@link QuerySyntax} parsed it, before analysis: what the user typed, structured.
 */
public sealed interface QueryExpression {

    /** One word as typed (it may still analyse to several tokens, or to none). */
    record Word(String text) implements QueryExpression {
    }

    /** Words in quotes: they must follow one another. */
    record Phrase(String text) implements QueryExpression {
    }

    /** Every part must match. */
    record And(List<QueryExpression> parts) implements QueryExpression {
        public And {
            parts = List.copyOf(parts);
        }
    }

    /** At least one part must match. */
    record Or(List<QueryExpression> parts) implements QueryExpression {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    /** The part must not match. */
    record Not(QueryExpression part) implements QueryExpression {
    }

    /** The part is matched in one field only ({@code title:algebra}). */
    record InField(SearchField field, QueryExpression part) implements QueryExpression {
    }
}
