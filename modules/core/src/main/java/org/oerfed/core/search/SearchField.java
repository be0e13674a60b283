package org.oerfed.core.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * A searchable text field. Its key is the prefix of the query syntax ({@code title:algebra}) and the name
 * a hit gives in {@link SearchHit#matchedFields()}.
 */
public enum SearchField {
    TITLE("title"),
    DESCRIPTION("description"),
    /** Free keywords as the source gave them. */
    KEYWORD("keyword"),
    /** Labels, in every language, of the ISCED-F fields the resource is about. */
    SUBJECT("subject"),
    /** Labels, in every language, of its ISCED 2011 levels. */
    LEVEL("level"),
    /** Labels, in every language, of its learning resource types. */
    TYPE("type"),
    /** Labels, in every language, of its licence. */
    LICENSE("license");

    private final String key;

    SearchField(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether the field holds concept labels (matched across languages) rather than the source's own text. */
    public boolean isConceptLabels() {
        return this == SUBJECT || this == LEVEL || this == TYPE || this == LICENSE;
    }

    public static Optional<SearchField> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
