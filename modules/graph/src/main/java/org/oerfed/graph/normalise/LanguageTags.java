package org.oerfed.graph.normalise;

import java.util.Locale;
import java.util.Optional;

/**
 * Turns the language a source gives a piece of text ({@code xml:lang}, LOM's {@code language} attribute) into
 * the BCP 47 tag the literal carries: the primary language as {@link LanguageCodes} writes it, its region kept
 * ({@code fra-CA} → {@code fr-CA}, {@code eng} → {@code en}). Markers that name no language ({@code x-none},
 * {@code zxx}, {@code und}, other private-use tags) and values {@link LanguageCodes} does not know give no tag:
 * an untagged literal is better than a wrong tag.
 */
final class LanguageTags {
    private final LanguageCodes languages;

    LanguageTags(LanguageCodes languages) {
        this.languages = languages;
    }

    /** The tag for a source's language value, or empty when it names no language. */
    Optional<String> tag(String value) {
        if (value == null) return Optional.empty();
        String text = value.strip().replace('_', '-');
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.isEmpty() || lower.startsWith("x-") || lower.startsWith("i-") || lower.equals("zxx")
                || lower.equals("und") || lower.equals("mul")) {
            return Optional.empty();
        }
        String[] parts = text.split("-", 2);
        return languages.normalise(parts[0]).map(code -> parts.length == 1 ? code : code + "-" + region(parts[1]));
    }

    /** Regions in upper case as BCP 47 recommends; other subtags as given. */
    private static String region(String rest) {
        return rest.length() == 2 ? rest.toUpperCase(Locale.ROOT) : rest;
    }
}
