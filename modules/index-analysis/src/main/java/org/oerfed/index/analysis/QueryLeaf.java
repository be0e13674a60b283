package org.oerfed.index.analysis;

import java.util.List;
import java.util.Set;
import org.oerfed.core.search.SearchField;

/**
 * A word or phrase of a query, analysed: what it must find, and where.
 *
 * @param fields   the fields it is looked for in (one, with a field prefix)
 * @param stemmed  its tokens by the user's language's analysis, for the {@link IndexFields#stemmed} fields;
 *                 empty when it is only looked for in the neutral fields
 * @param folded   its tokens by the neutral analysis, for the {@link IndexFields#folded} fields
 */
record QueryLeaf(Set<SearchField> fields, List<String> stemmed, List<String> folded) {
    QueryLeaf {
        fields = Set.copyOf(fields);
        stemmed = List.copyOf(stemmed);
        folded = List.copyOf(folded);
    }

    /** Where {@code sequence} starts in {@code tokens} at or after {@code from}; -1 if nowhere (or empty). */
    static int indexOf(List<String> tokens, List<String> sequence, int from) {
        if (sequence.isEmpty()) return -1;
        outer:
        for (int i = from; i + sequence.size() <= tokens.size(); i++) {
            for (int j = 0; j < sequence.size(); j++) {
                if (!tokens.get(i + j).equals(sequence.get(j))) continue outer;
            }
            return i;
        }
        return -1;
    }
}
