package org.oerfed.graph.concepts;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The forms values are compared in, so that "Français", "francais" and " FRANÇAIS. " are one value, and
 * "http://www.example.org/a/" and "https://example.org/a" are one address.
 */
final class TextFolding {
    /** Latin, Greek and Cyrillic accents only: stripping every mark would also strip the vowel signs of
     *  Indic scripts, which are letters of their words. */
    private static final Pattern ACCENTS = Pattern.compile("[\\u0300-\\u036f]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    /** What follows a licence's address without naming another licence: its legal code, deed, metadata. */
    private static final Pattern URL_SUFFIX = Pattern.compile("(/(legalcode|deed)(\\.[a-z_-]+)?|/rdf)$");

    private TextFolding() {
    }

    /** NFKC, accents removed, case folded, every run of punctuation and spaces one space, trimmed. */
    static String fold(String value) {
        String text = Normalizer.normalize(value, Normalizer.Form.NFKC);
        text = Normalizer.normalize(text, Normalizer.Form.NFD);
        text = ACCENTS.matcher(text).replaceAll("");
        text = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(text).replaceAll(" ").strip();
    }

    /**
     * An http(s) address without its scheme, "www.", query, fragment, trailing slash or legal-code suffix,
     * lower-cased; empty when the value is no such address.
     */
    static Optional<String> urlKey(String value) {
        String text = value.strip();
        if (!text.regionMatches(true, 0, "http://", 0, 7) && !text.regionMatches(true, 0, "https://", 0, 8)) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(text.replace(" ", "%20"));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null) return Optional.empty();
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        path = URL_SUFFIX.matcher(path).replaceFirst("");
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        return Optional.of(host + path);
    }
}
