package org.oerfed.graph.normalise;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the identifiers records give for a resource: DOIs and handles however they are written (bare,
 * {@code doi:}/{@code hdl:}, or as resolver URLs), and other web URLs. DOIs and handles get one canonical
 * literal ({@code doi:10.…} in lower case, {@code hdl:…}) and one resolver URL ({@code https://doi.org/…},
 * {@code https://hdl.handle.net/…}), so that two records naming one DOI differently agree.
 */
final class Identifiers {
    private static final Pattern DOI = Pattern.compile("(?i)^(?:doi:\\s*|https?://(?:dx\\.)?doi\\.org/)?(10\\.\\d{4,9}/\\S+)$");
    private static final Pattern HANDLE = Pattern.compile("(?i)^(?:hdl:\\s*|https?://hdl\\.handle\\.net/)(\\d[\\w.]*/\\S+)$");
    private static final Pattern BARE_HANDLE = Pattern.compile("^(\\d+(?:\\.\\d+)*/\\S+)$");

    /** What an identifier is. */
    enum Kind { DOI, HANDLE, WEB_URL, OTHER }

    /**
     * One identifier, read.
     *
     * @param literal the identifier as a literal: {@code doi:…}, {@code hdl:…}, or the value as given
     * @param url     where it resolves: the resolver URL of a DOI or handle, or the web URL itself
     */
    record Identifier(Kind kind, String literal, Optional<String> url) {
    }

    private final LicenseUris urls;

    Identifiers(LicenseUris urls) {
        this.urls = urls;
    }

    /**
     * Reads a value; {@code scheme}, when the record says what kind of identifier it is (a LOM catalog, a
     * DataCite identifierType), lets a bare handle be read as one.
     */
    Identifier read(String value, Optional<String> scheme) {
        String text = value.strip();
        Matcher doi = DOI.matcher(text);
        if (doi.matches()) {
            // DOI names are case-insensitive; DataCite writes them in capitals, most others in lower case
            String name = doi.group(1).toLowerCase(Locale.ROOT);
            return new Identifier(Kind.DOI, "doi:" + name, Optional.of("https://doi.org/" + name));
        }
        Matcher handle = HANDLE.matcher(text);
        boolean saidHandle = scheme.map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> s.equals("hdl") || s.equals("handle")).isPresent();
        if (!handle.matches() && saidHandle) handle = BARE_HANDLE.matcher(text);
        if (handle.matches()) {
            return new Identifier(Kind.HANDLE, "hdl:" + handle.group(1), Optional.of("https://hdl.handle.net/" + handle.group(1)));
        }
        if (urls.isWebUrl(text)) return new Identifier(Kind.WEB_URL, text, Optional.of(text));
        return new Identifier(Kind.OTHER, text, Optional.empty());
    }

    Identifier read(String value) {
        return read(value, Optional.empty());
    }
}
