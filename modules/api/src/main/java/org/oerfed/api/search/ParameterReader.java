package org.oerfed.api.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.oerfed.api.InvalidParameter;
import org.oerfed.api.InvalidParametersException;

/**
 * Reads a request's query parameters strictly and collects every fault, so that one 400 names them all
 * rather than the first only. Absent and blank parameters are alike: OpenSearch clients fill an optional
 * template parameter they have no value for with the empty string.
 */
final class ParameterReader {
    /** Longest value echoed back in a reason: a 100 kB value must not become a 100 kB error. */
    private static final int ECHOED = 40;
    /** Longer than any language tag the analysis could use, extensions and all. */
    private static final int MAX_LANGUAGE_TAG = 64;
    private final Map<String, List<String>> parameters;
    private final List<InvalidParameter> invalid = new ArrayList<>();

    ParameterReader(Map<String, List<String>> parameters) {
        this.parameters = new TreeMap<>(parameters);
    }

    /**
     * The request's query parameters.
     *
     * @throws InvalidParametersException if the query string does not decode (bad percent-encoding)
     */
    static ParameterReader of(HttpRequest<?> request) {
        try {
            return new ParameterReader(request.getParameters().asMap());
        } catch (IllegalArgumentException e) {
            throw new InvalidParametersException("query string", "is not valid percent-encoding: " + e.getMessage());
        }
    }

    /** The parameter's value, stripped; empty when absent or blank; a fault when given more than once. */
    Optional<String> single(String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            invalid(name, "may be given once, was given " + values.size() + " times");
            return Optional.empty();
        }
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).findFirst();
    }

    /** Every value of a repeatable parameter, stripped, blanks dropped, duplicates once, in the request's order. */
    List<String> values(String name) {
        Set<String> kept = new LinkedHashSet<>();
        for (String value : parameters.getOrDefault(name, List.of())) {
            String stripped = value.strip();
            if (!stripped.isEmpty()) kept.add(stripped);
        }
        return List.copyOf(kept);
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent; a fault otherwise. */
    int integer(String name, int fallback, int min, int max) {
        Optional<String> value = single(name);
        if (value.isEmpty()) return fallback;
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) return number;
        } catch (NumberFormatException e) {
            // the same answer as out of range: a number of another form or size is not one we take
        }
        invalid(name, "must be a whole number from " + min + " to " + max + ", was " + echo(value.get()));
        return fallback;
    }

    /**
     * The user's language: the parameter if given (a BCP 47 tag; {@code *} for none, as OpenSearch clients
     * may send), else the first language the {@code Accept-Language} header prefers, else empty.
     */
    String language(String name, @Nullable String acceptLanguage) {
        Optional<String> value = single(name);
        if (value.isPresent()) {
            if (value.get().equals("*")) return "";
            Optional<String> tag = languageTag(value.get());
            if (tag.isEmpty()) invalid(name, "must be a BCP 47 language tag such as 'fr' or 'pt-BR', was " + echo(value.get()));
            return tag.orElse("");
        }
        return preferredLanguage(acceptLanguage);
    }

    /** The names of the parameters that are not among {@code known}, sorted. */
    List<String> unknown(Set<String> known) {
        return parameters.keySet().stream().filter(name -> !known.contains(name)).toList();
    }

    void invalid(String name, String reason) {
        invalid.add(new InvalidParameter(name, reason));
    }

    /** @throws InvalidParametersException naming every fault found so far, if there is one */
    void check() {
        if (!invalid.isEmpty()) throw new InvalidParametersException(invalid);
    }

    /** A value for a reason: quoted, and cut if long. */
    static String echo(String value) {
        String cut = value.length() <= ECHOED ? value : value.substring(0, ECHOED) + "…";
        return "'" + cut + "'";
    }

    static Optional<String> languageTag(String text) {
        if (text.length() > MAX_LANGUAGE_TAG) return Optional.empty();
        try {
            String tag = new Locale.Builder().setLanguageTag(text).build().toLanguageTag();
            return tag.equals("und") ? Optional.empty() : Optional.of(tag);
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** A header is no parameter: one that does not parse, or names no language, means none rather than a 400. */
    static String preferredLanguage(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) return "";
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() <= 0 || range.getRange().contains("*")) continue;
                Optional<String> tag = languageTag(range.getRange());
                if (tag.isPresent()) return tag.get();
            }
        } catch (IllegalArgumentException e) {
            return "";
        }
        return "";
    }
}
