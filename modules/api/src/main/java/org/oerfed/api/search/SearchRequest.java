package org.oerfed.api.search;

import io.micronaut.core.annotation.Nullable;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.oerfed.api.InvalidParametersException;
import org.oerfed.core.search.Facet;
import org.oerfed.core.search.SearchQuery;
import org.oerfed.core.search.SortOrder;

/**
 * A search as the HTTP API takes it: the parameters of {@code GET /api/search} (and of the search page),
 * checked and turned into a {@link SearchQuery}.
 *
 * <p>Parameters the API does not know are ignored, not refused, and listed in the JSON response: a portal
 * that embeds the search or an OpenSearch client may add its own (a cache buster, a tracking tag), and a
 * search that fails for them would break the portal, while the listing still shows a developer a misspelt
 * name.
 *
 * @param query   the query for the index
 * @param format  the rendering the {@code output} parameter asks for; empty to negotiate by {@code Accept}
 * @param ignored the names of the parameters that were ignored, sorted
 */
public record SearchRequest(SearchQuery query, Optional<SearchFormat> format, List<String> ignored) {

    public static final String Q = "q";
    public static final String LANG = "lang";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final String CURSOR = "cursor";
    /** The rendering (json, atom, rss); not {@code format}, which is the facet of media types. */
    public static final String OUTPUT = "output";
    /** Facet values are short codes; anything longer than this is no value of any facet. */
    static final int MAX_VALUE_LENGTH = 300;
    /** A cursor is a few sort values in Base64; anything much longer is not one this service made. */
    static final int MAX_CURSOR_LENGTH = 2_000;
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    public SearchRequest {
        ignored = List.copyOf(ignored);
    }

    /** Every parameter name the search takes: the fixed ones, then one per facet, by {@link Facet} key. */
    public static List<String> parameterNames() {
        return Stream.concat(Stream.of(Q, LANG, SORT, PAGE, SIZE, CURSOR, OUTPUT), Stream.of(Facet.values()).map(Facet::key)).toList();
    }

    /**
     * Reads a search from request parameters.
     *
     * @param acceptLanguage the request's {@code Accept-Language}, for the language when {@code lang} is absent
     * @throws InvalidParametersException naming every parameter at fault
     */
    static SearchRequest read(ParameterReader parameters, @Nullable String acceptLanguage) {
        String text = parameters.single(Q).orElse("");
        String language = parameters.language(LANG, acceptLanguage);
        SortOrder sort = parameters.single(SORT).map(key -> SortOrder.fromKey(key.toLowerCase(Locale.ROOT)).orElseGet(() -> {
            parameters.invalid(SORT, "must be one of " + Stream.of(SortOrder.values()).map(SortOrder::key).toList()
                    + ", was " + ParameterReader.echo(key));
            return SortOrder.RELEVANCE;
        })).orElse(SortOrder.RELEVANCE);
        int size = parameters.integer(SIZE, SearchQuery.DEFAULT_SIZE, 1, SearchQuery.MAX_SIZE);
        int page = parameters.integer(PAGE, 1, 1, Integer.MAX_VALUE);
        String cursor = parameters.single(CURSOR).orElse("");
        if (cursor.length() > MAX_CURSOR_LENGTH) {
            parameters.invalid(CURSOR, "is not a cursor this service made; take the 'next' link of a result");
            cursor = "";
        }
        if (!cursor.isEmpty() && page != 1) {
            parameters.invalid(PAGE, "must be 1 or absent with a cursor, which says where the page starts; was " + page);
        } else if ((long) page * size > SearchQuery.MAX_WINDOW) {
            parameters.invalid(PAGE, "page × size must not exceed " + SearchQuery.MAX_WINDOW + ", was " + (long) page * size
                    + "; page deeper with the cursor of the 'next' link");
        }
        Optional<SearchFormat> format = parameters.single(OUTPUT).map(key -> SearchFormat.fromKey(key).orElseGet(() -> {
            parameters.invalid(OUTPUT, "must be one of " + Stream.of(SearchFormat.values()).map(SearchFormat::key).toList()
                    + ", was " + ParameterReader.echo(key));
            return null;
        }));
        Map<Facet, Set<String>> filters = filters(parameters);
        List<String> ignored = parameters.unknown(Set.copyOf(parameterNames()));
        parameters.check();
        return new SearchRequest(new SearchQuery(text, language, filters, sort, page, size, cursor), format, ignored);
    }

    private static Map<Facet, Set<String>> filters(ParameterReader parameters) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            List<String> values = parameters.values(facet.key());
            if (values.isEmpty()) continue;
            if (values.size() > SearchQuery.MAX_FILTER_VALUES) {
                parameters.invalid(facet.key(), "at most " + SearchQuery.MAX_FILTER_VALUES + " values may be selected, were " + values.size());
                continue;
            }
            Set<String> kept = new LinkedHashSet<>();
            for (String value : values) {
                Optional<String> normal = normalise(facet, value);
                if (normal.isPresent()) {
                    kept.add(normal.get());
                } else {
                    parameters.invalid(facet.key(), reason(facet) + ", was " + ParameterReader.echo(value));
                }
            }
            filters.put(facet, kept);
        }
        return filters;
    }

    /** The value as the index holds it, or empty when it cannot be a value of the facet. */
    private static Optional<String> normalise(Facet facet, String value) {
        if (value.length() > MAX_VALUE_LENGTH) return Optional.empty();
        return switch (facet) {
            case OPEN_LICENSE -> Optional.of(value.toLowerCase(Locale.ROOT)).filter(v -> v.equals("true") || v.equals("false"));
            case YEAR -> Optional.of(value).filter(v -> YEAR.matcher(v).matches());
            case COUNTRY -> Optional.of(value.toUpperCase(Locale.ROOT));
            case LANGUAGE -> Optional.of(value.toLowerCase(Locale.ROOT));
            default -> Optional.of(value);
        };
    }

    private static String reason(Facet facet) {
        return switch (facet) {
            case OPEN_LICENSE -> "must be 'true' (open licences only) or 'false'";
            case YEAR -> "must be a four-digit year";
            default -> "must be a value of the '" + facet.key() + "' facet, at most " + MAX_VALUE_LENGTH + " characters";
        };
    }

    /** The filters as parameter values, for links that repeat this search. */
    static Map<String, List<String>> filterParameters(SearchQuery query) {
        return query.filters().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().key(),
                e -> e.getValue().stream().sorted().toList()));
    }
}
