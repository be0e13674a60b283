package org.oerfed.core.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a user asks for. Both search engines must answer a query with the same hits and the same facet
 * counts.
 *
 * <p>Text is analysed like the indexed title and description (Unicode word segmentation, lower case); every
 * word must occur in the title or the description. Text without words (blank, or only punctuation) matches
 * every document, ordered by id. Only the first {@link #MAX_TEXT_LENGTH} characters count, cut back to
 * whitespace, so that no input can exceed an engine's clause limits and both engines see the same words.
 * Several values of one facet combine with OR, several facets with AND.
 *
 * @param text    free text; blank for all; longer text is cut as described above
 * @param filters selected values per facet
 * @param page    1-based page number
 * @param size    hits per page, 1 to {@link #MAX_SIZE}
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** How deep plain page numbers may go; both engines refuse to count hits further for a single page. */
    public static final int MAX_WINDOW = 10_000;
    /** At most this many characters of text count; a word the limit would split is dropped whole. */
    public static final int MAX_TEXT_LENGTH = 500;

    public SearchQuery {
        text = considered(Objects.requireNonNullElse(text, "").strip());
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) copy.put(facet, Set.copyOf(values));
        });
        filters = Map.copyOf(copy);
        if (page < 1) throw new IllegalArgumentException("page must be 1 or more, was " + page);
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page × size must not exceed " + MAX_WINDOW + ", was " + (long) page * size);
        }
    }

    public static SearchQuery text(String text) {
        return new SearchQuery(text, Map.of(), 1, DEFAULT_SIZE);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public SearchQuery withFilter(Facet facet, Set<String> values) {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(filters);
        copy.put(facet, values);
        return new SearchQuery(text, copy, page, size);
    }

    public SearchQuery withPage(int page, int size) {
        return new SearchQuery(text, filters, page, size);
    }

    private static String considered(String text) {
        if (text.length() <= MAX_TEXT_LENGTH) return text;
        int end = MAX_TEXT_LENGTH;
        if (Character.isLowSurrogate(text.charAt(end))) end--;
        if (!Character.isWhitespace(text.charAt(end))) {
            int lastSpace = end - 1;
            while (lastSpace > 0 && !Character.isWhitespace(text.charAt(lastSpace))) lastSpace--;
            // without whitespace to cut at (Han text, or one giant token) a hard cut is all there is
            if (lastSpace > 0) end = lastSpace;
        }
        return text.substring(0, end).strip();
    }
}
