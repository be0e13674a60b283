package org.oerfed.core.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a user asks for. Both search engines must answer a query with the same hits and the same facet
 * counts.
 *
 * <p>The text is in OERfed's query syntax: words, {@code "phrases"}, {@code AND}, {@code OR}, {@code NOT}
 * (and {@code -word}), parentheses and field prefixes ({@code title:}, {@code subject:}, see
 * {@link SearchField}). Words next to each other must all match. Syntax never fails: what does not parse
 * (an unbalanced quote, an unknown prefix) is read as plain words. Text without words (blank, or only
 * punctuation) matches every document. Only the first {@link #MAX_TEXT_LENGTH} characters count, cut back
 * to whitespace, so that no input can exceed an engine's clause limits.
 *
 * <p>The text is analysed for the user's {@code language} (stemming, stop words) and matched against every
 * document whatever its language, and against the labels of concepts in every language.
 *
 * <p>Several values of one facet combine with OR, several facets with AND.
 *
 * <p>Paging is by page number up to {@link #MAX_WINDOW} hits deep, or by cursor without limit: a cursor
 * from {@link SearchResult#nextCursor()} continues exactly after the last hit of that page, even while the
 * index changes (search_after semantics). A cursor only makes sense with the query that gave it.
 *
 * @param text     query text; blank for all; longer text is cut as described above
 * @param language the user's language, BCP 47 ({@code fr}, {@code pt-BR}); empty when unknown, and then the
 *                 language-neutral analysis applies
 * @param filters  selected values per facet
 * @param sort     the order of hits
 * @param page     1-based page number; must be 1 with a cursor
 * @param size     hits per page, 1 to {@link #MAX_SIZE}
 * @param cursor   where to continue, as given by a previous result; empty for the first page
 */
public record SearchQuery(String text, String language, Map<Facet, Set<String>> filters, SortOrder sort, int page,
                          int size, String cursor) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** How deep plain page numbers may go; deeper, use a cursor. */
    public static final int MAX_WINDOW = 10_000;
    /** At most this many characters of text count; a word the limit would split is dropped whole. */
    public static final int MAX_TEXT_LENGTH = 500;
    /** At most this many values of one facet may be selected. */
    public static final int MAX_FILTER_VALUES = 100;

    public SearchQuery {
        text = considered(Objects.requireNonNullElse(text, "").strip());
        language = Objects.requireNonNullElse(language, "").strip();
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (values.size() > MAX_FILTER_VALUES) {
                throw new IllegalArgumentException("at most " + MAX_FILTER_VALUES + " values of '" + facet.key()
                        + "' may be selected, were " + values.size());
            }
            if (!values.isEmpty()) copy.put(facet, Set.copyOf(values));
        });
        filters = Map.copyOf(copy);
        Objects.requireNonNull(sort, "sort");
        cursor = Objects.requireNonNullElse(cursor, "");
        if (page < 1) throw new IllegalArgumentException("page must be 1 or more, was " + page);
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page × size must not exceed " + MAX_WINDOW + ", was "
                    + (long) page * size + "; page deeper with the cursor");
        }
        if (!cursor.isEmpty() && page != 1) {
            throw new IllegalArgumentException("a cursor continues from where it was made; page must be 1 with it, was " + page);
        }
    }

    /** The first page of a relevance-ordered query in no particular language. */
    public static SearchQuery text(String text) {
        return new SearchQuery(text, "", Map.of(), SortOrder.RELEVANCE, 1, DEFAULT_SIZE, "");
    }

    public int offset() {
        return (page - 1) * size;
    }

    public SearchQuery withFilter(Facet facet, Set<String> values) {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        copy.putAll(filters);
        copy.put(facet, values);
        return new SearchQuery(text, language, copy, sort, page, size, cursor);
    }

    public SearchQuery withPage(int page, int size) {
        return new SearchQuery(text, language, filters, sort, page, size, "");
    }

    public SearchQuery withLanguage(String language) {
        return new SearchQuery(text, language, filters, sort, page, size, cursor);
    }

    public SearchQuery withSort(SortOrder sort) {
        return new SearchQuery(text, language, filters, sort, page, size, cursor);
    }

    /** The next page after the one that gave {@code cursor}. */
    public SearchQuery withCursor(String cursor) {
        return new SearchQuery(text, language, filters, sort, 1, size, cursor);
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
