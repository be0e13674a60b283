package org.oerfed.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Drops an {@code Accept-Language} header that names no language range ({@code ;;;}, {@code ,,,},
 * {@code en;q=abc}) and an {@code Accept-Charset} header with an empty charset name. Micronaut 4.10 reads
 * the request's locale and charset from them while binding the arguments of any route, before any other
 * filter runs, and fails on such values with an ArrayIndexOutOfBoundsException: a 500 for what is the
 * client's harmless mistake. A header that does not parse states no preference, so no header is what every
 * route then sees. Found by the search API's fuzz test.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class UnreadableHeaderFilter {

    @PreMatching
    @RequestFilter
    public void dropUnreadable(MutableHttpRequest<?> request) {
        drop(request, HttpHeaders.ACCEPT_LANGUAGE, UnreadableHeaderFilter::namesALanguage);
        drop(request, HttpHeaders.ACCEPT_CHARSET, UnreadableHeaderFilter::namesCharsets);
    }

    private static void drop(MutableHttpRequest<?> request, String header, Predicate<String> readable) {
        List<String> values = request.getHeaders().getAll(header);
        if (!values.isEmpty() && !values.stream().allMatch(readable)) request.getHeaders().remove(header);
    }

    static boolean namesALanguage(String value) {
        try {
            return !Locale.LanguageRange.parse(value).isEmpty();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Every comma-separated element has a name before its parameters. */
    static boolean namesCharsets(String value) {
        String[] elements = value.split(",");
        return elements.length > 0 && Arrays.stream(elements).allMatch(e -> !e.split(";", 2)[0].isBlank());
    }
}
