package org.oerfed.core.search;

import java.util.Objects;

/**
 * One searchable text of a resource, with the language it is written in, which decides how it is analysed.
 *
 * @param field    the field it belongs to
 * @param language BCP 47 tag as the graph has it ({@code fr}, {@code pt-BR}); empty when unknown, and then
 *                 the language-neutral analysis applies
 * @param text     the text itself
 */
public record LocalizedText(SearchField field, String language, String text) {
    public LocalizedText {
        Objects.requireNonNull(field, "field");
        language = Objects.requireNonNullElse(language, "");
        Objects.requireNonNull(text, "text");
    }
}
